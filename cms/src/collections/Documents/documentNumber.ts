import type { TextFieldSingleValidation } from 'payload'

import { translate } from '../../i18n/messages'

// Official document numbers (số hiệu văn bản) as Nghị định 30/2020/NĐ-CP prescribes them:
// "số/ký hiệu" (10909/KH-UBND) or, for legal documents, "số/năm/ký hiệu" (42/2022/NĐ-CP).

/**
 * Cleans what copy-paste and hurried typing bring in, without changing what was printed: no
 * spaces around "/" or "-", and the symbol after the first "/" in capitals as the decree writes
 * it ("12 / kh - ubnd" is 12/KH-UBND).
 */
export const normalizeDocumentNumber = (raw: string): string => {
  const [head = '', ...symbol] = raw
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110') // Ð (Icelandic eth) looks like Đ but is not
    .replace(/\u00f0/g, '\u0111') // ð → đ
    .replace(/[\u2010-\u2015\u2212]/g, '-') // typographic dashes → hyphen
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .split('/')
  return [head, ...symbol.map((part) => part.toLocaleUpperCase('vi'))].join('/')
}

const SYMBOL_PART = '\\p{Lu}[\\p{Lu}0-9&.]*'
const NUMBER_PATTERN = new RegExp(`^\\d+(?:/\\d{4})?/${SYMBOL_PART}(?:-${SYMBOL_PART})*$`, 'u')

/** True when the number follows the decree's pattern; imperfect real numbers are still saved. */
export const followsNumberPattern = (number: string): boolean => NUMBER_PATTERN.test(number)

export const validateDocumentNumber: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && value !== '' ? true : translate(req, 'documentNumberRequired')
