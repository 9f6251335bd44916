// What a caller is told about input we refuse, in the request's language (Vietnamese first).
// Apart from i18n/messages (the editors' validation messages): these answer API callers.
import type { PayloadRequest } from 'payload'

import { messageLanguage } from '../i18n/messages'

const vi = {
  idNotFound: 'Không có tài liệu nào mang mã "{id}".',
  noVersions: 'Mục này không lưu phiên bản.',
  fileNotFound: 'Không có tệp "{name}".',
  noEmailVerification: 'Mục này không xác minh địa chỉ email.',
  noSchedules: 'Không có tác vụ nào được lập lịch.',
  pathNotDecodable: 'Địa chỉ yêu cầu có mã hóa phần trăm (%) không hợp lệ.',
  overrideBodyNotJson:
    'Yêu cầu X-HTTP-Method-Override: GET với nội dung JSON cần một đối tượng JSON hợp lệ.',
  bodyNotJson: 'Nội dung yêu cầu không phải JSON hợp lệ.',
  bodyNotObject: 'Nội dung yêu cầu phải là một đối tượng JSON ({…}), không phải {value}.',
  paramNotObject: 'Tham số "{name}" phải là một đối tượng JSON ({…}).',
  paramNotWholeNumber: 'Tham số "{name}" phải là số nguyên từ {min} trở lên, không phải {value}.',
  whereNotObject: 'Điều kiện lọc (where) phải là một đối tượng, không phải {value}.',
  whereNotList: '"{key}" trong điều kiện lọc phải là một danh sách điều kiện.',
  conditionNotObject: 'Điều kiện lọc "{path}" phải có dạng where[{path}][toán tử]=giá trị.',
  operatorNotForField: 'Toán tử "{operator}" không dùng được cho "{path}".',
  valueNotNumber: 'Điều kiện lọc "{path} {operator}" cần một số, không phải {value}.',
  valueNotDate:
    'Điều kiện lọc "{path} {operator}" cần một ngày (ví dụ 2025-11-15), không phải {value}.',
  valueNotBoolean: 'Điều kiện lọc "{path} {operator}" cần true hoặc false, không phải {value}.',
  valueNotOption:
    'Điều kiện lọc "{path} {operator}" cần một lựa chọn có trong trường này, không phải {value}.',
  valueNotId: 'Điều kiện lọc "{path} {operator}" cần mã (id) của một tài liệu, không phải {value}.',
  valueNotSingle: 'Điều kiện lọc "{path} {operator}" cần một giá trị đơn, không phải {value}.',
  valueNotList: 'Điều kiện lọc "{path} {operator}" cần một danh sách giá trị, không phải {value}.',
} as const

export type InputMessageKey = keyof typeof vi

const en: Record<InputMessageKey, string> = {
  idNotFound: 'No document has the id "{id}".',
  noVersions: 'This collection keeps no versions.',
  fileNotFound: 'There is no file "{name}".',
  noEmailVerification: 'This collection does not verify e-mail addresses.',
  noSchedules: 'No task or workflow has a schedule.',
  pathNotDecodable: 'The request address has invalid percent-encoding.',
  overrideBodyNotJson:
    'A request with X-HTTP-Method-Override: GET and a JSON body needs a valid JSON object.',
  bodyNotJson: 'The request body is not valid JSON.',
  bodyNotObject: 'The request body must be a JSON object ({…}), not {value}.',
  paramNotObject: 'The "{name}" parameter must be a JSON object ({…}).',
  paramNotWholeNumber:
    'The "{name}" parameter takes a whole number of at least {min}, not {value}.',
  whereNotObject: 'The filter (where) must be an object, not {value}.',
  whereNotList: '"{key}" in the filter takes a list of conditions.',
  conditionNotObject: 'The filter on "{path}" must look like where[{path}][operator]=value.',
  operatorNotForField: 'The operator "{operator}" does not apply to "{path}".',
  valueNotNumber: 'The filter "{path} {operator}" takes a number, not {value}.',
  valueNotDate: 'The filter "{path} {operator}" takes a date (e.g. 2025-11-15), not {value}.',
  valueNotBoolean: 'The filter "{path} {operator}" takes true or false, not {value}.',
  valueNotOption: 'The filter "{path} {operator}" takes one of the field’s options, not {value}.',
  valueNotId: 'The filter "{path} {operator}" takes a document id, not {value}.',
  valueNotSingle: 'The filter "{path} {operator}" takes a single value, not {value}.',
  valueNotList: 'The filter "{path} {operator}" takes a list of values, not {value}.',
}

const tables = { vi, en } as const

export type InputMessageVars = Record<string, string | number>

/** The message in one of our two languages. */
export const inputMessageIn = (
  language: keyof typeof tables,
  key: InputMessageKey,
  vars: InputMessageVars = {},
): string =>
  tables[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )

/** The message in the request's language. */
export const inputMessage = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: InputMessageKey,
  vars: InputMessageVars = {},
): string => inputMessageIn(messageLanguage(req), key, vars)

/** A caller's value as shown back to them: JSON, cut short so an answer stays small. */
export const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
