// What the reader tells the editor, in Vietnamese first and English second, with the field it
// concerns and, where there is one, the part of the text it is about.
import type { ImportField, ImportProblem, SourceSpan } from './types'

interface ProblemText {
  field: ImportField
  severity: ImportProblem['severity']
  vi: string
  en: string
}

const PROBLEMS = {
  empty: {
    field: 'text',
    severity: 'missing',
    vi: 'Không có nội dung để đọc.',
    en: 'There is no text to read.',
  },
  html: {
    field: 'text',
    severity: 'check',
    vi: 'Nội dung có vẻ là mã HTML. Hãy dán chữ hiển thị trên trang thông báo, không dán mã nguồn.',
    en: 'This looks like HTML code. Paste the text the announcement page shows, not its source.',
  },
  notRead: {
    field: 'text',
    severity: 'missing',
    vi: 'Không đọc được thông báo này. Hãy nhập các trường bằng tay.',
    en: 'This announcement could not be read. Enter the fields by hand.',
  },
  tooLong: {
    field: 'text',
    severity: 'check',
    vi: 'Nội dung dài bất thường ({size} ký tự). Một thông báo thường dưới 20.000 ký tự: hãy kiểm tra đã dán đúng thông báo.',
    en: 'The text is unusually long ({size} characters). An announcement is usually under 20,000: check that this is the announcement.',
  },
  titleMissing: {
    field: 'title',
    severity: 'missing',
    vi: 'Không tìm thấy tiêu đề của thông báo.',
    en: 'The announcement’s title was not found.',
  },
  seriesNameMissing: {
    field: 'seriesName',
    severity: 'missing',
    vi: 'Không nhận ra tên chiến dịch thường niên trong tiêu đề.',
    en: 'The series name was not recognised in the title.',
  },
  yearMissing: {
    field: 'year',
    severity: 'missing',
    vi: 'Không xác định được năm của chiến dịch.',
    en: 'The campaign’s year could not be determined.',
  },
  themeMissing: {
    field: 'theme',
    severity: 'missing',
    vi: 'Không tìm thấy chủ đề.',
    en: 'No theme was found.',
  },
  windowMissing: {
    field: 'campaignWindow',
    severity: 'missing',
    vi: 'Không tìm thấy thời gian diễn ra.',
    en: 'No campaign window (dates) was found.',
  },
  windowUnreadable: {
    field: 'campaignWindow',
    severity: 'missing',
    vi: 'Không đọc được thời gian diễn ra “{text}”: ngày không tồn tại hoặc thiếu năm.',
    en: 'The campaign window “{text}” could not be read: a day does not exist or the year is missing.',
  },
  windowEndsBeforeStart: {
    field: 'campaignWindow',
    severity: 'check',
    vi: 'Ngày kết thúc ({end}) trước ngày bắt đầu ({start}).',
    en: 'The end date ({end}) is before the start date ({start}).',
  },
  windowYearAssumed: {
    field: 'campaignWindow',
    severity: 'check',
    vi: 'Thời gian diễn ra không ghi năm; đã lấy năm {year} từ {from}.',
    en: 'The campaign window gives no year; {year} was taken from the {from}.',
  },
  windowOutsideSection: {
    field: 'campaignWindow',
    severity: 'check',
    vi: 'Không có mục “Thời gian”; thời gian diễn ra được lấy từ đoạn này.',
    en: 'There is no “Thời gian” (dates) section; the window was taken from this passage.',
  },
  messagesMissing: {
    field: 'messages',
    severity: 'missing',
    vi: 'Không tìm thấy thông điệp.',
    en: 'No messages were found.',
  },
  activitiesMissing: {
    field: 'activities',
    severity: 'missing',
    vi: 'Không tìm thấy hoạt động chính.',
    en: 'No main activities were found.',
  },
  documentsMissing: {
    field: 'documents',
    severity: 'missing',
    vi: 'Không tìm thấy văn bản nào được trích dẫn (số hiệu dạng 10909/KH-UBND).',
    en: 'No cited documents were found (numbers like 10909/KH-UBND).',
  },
  documentNumberUnreadable: {
    field: 'documents',
    severity: 'missing',
    vi: 'Không đọc được số hiệu văn bản ở “{text}”.',
    en: 'The document number in “{text}” could not be read.',
  },
  documentsTooMany: {
    field: 'documents',
    severity: 'check',
    vi: 'Văn bản trích dẫn quá nhiều số hiệu; chỉ đọc {max} văn bản đầu tiên.',
    en: 'The text cites too many numbers; only the first {max} documents were read.',
  },
  documentNumberLookalike: {
    field: 'documents',
    severity: 'check',
    vi: 'Số hiệu {printed} có chữ trông giống nhưng khác mã (ví dụ Ð thay cho Đ); đã sửa thành {number}.',
    en: 'The number {printed} has look-alike letters (e.g. Ð for Đ); read as {number}.',
  },
  documentHyphenRestored: {
    field: 'documents',
    severity: 'check',
    vi: 'Số hiệu {printed} có lẽ thiếu dấu gạch nối sau chữ viết tắt của {issuer}; đề xuất {number}.',
    en: 'The number {printed} seems to miss the hyphen after the initials of {issuer}; proposed {number}.',
  },
  documentNumberOffPattern: {
    field: 'documents',
    severity: 'check',
    vi: 'Số hiệu {number} không theo mẫu “số/ký hiệu” (ví dụ 10909/KH-UBND).',
    en: 'The number {number} does not follow the “number/symbol” pattern (e.g. 10909/KH-UBND).',
  },
  documentDateUnreadable: {
    field: 'documents',
    severity: 'check',
    vi: 'Ngày ban hành của văn bản {number} không tồn tại.',
    en: 'The issue date of {number} is not a real day.',
  },
  publishedOnMissing: {
    field: 'publishedOn',
    severity: 'missing',
    vi: 'Không tìm thấy ngày đăng.',
    en: 'No publication date was found.',
  },
  authorMissing: {
    field: 'author',
    severity: 'missing',
    vi: 'Không tìm thấy người viết.',
    en: 'No author was found.',
  },
  sectionNotRead: {
    field: 'text',
    severity: 'check',
    vi: 'Mục “{text}” không thuộc phần nào của chiến dịch và không được đọc.',
    en: 'The section “{text}” is not part of a campaign field and was not read.',
  },
  attachmentMentioned: {
    field: 'attachments',
    severity: 'check',
    vi: 'Thông báo nhắc đến tệp đính kèm: hãy tải tệp lên chiến dịch.',
    en: 'The announcement mentions an attached file: upload it to the campaign.',
  },
  fileTooLarge: {
    field: 'file',
    severity: 'missing',
    vi: 'Tệp quá lớn ({size}). Tệp thông báo tối đa {max}.',
    en: 'The file is too large ({size}). An announcement file may be at most {max}.',
  },
  fileTypeUnsupported: {
    field: 'file',
    severity: 'missing',
    vi: 'Chỉ đọc được tệp .docx hoặc .txt. Tệp .doc (Word 97–2003) hay PDF: hãy mở và lưu lại thành .docx, hoặc dán nội dung.',
    en: 'Only .docx and .txt files can be read. For a .doc (Word 97–2003) or PDF, save it as .docx or paste its text.',
  },
  fileUnreadable: {
    field: 'file',
    severity: 'missing',
    vi: 'Không mở được tệp .docx (tệp hỏng hoặc không phải tài liệu Word).',
    en: 'The .docx file could not be opened (damaged, or not a Word document).',
  },
  fileEncoding: {
    field: 'file',
    severity: 'check',
    vi: 'Tệp văn bản không theo mã UTF-8 hay UTF-16; một số chữ có thể bị lỗi. Hãy lưu lại với mã UTF-8.',
    en: 'The text file is neither UTF-8 nor UTF-16; some letters may be wrong. Save it as UTF-8.',
  },
} satisfies Record<string, ProblemText>

export type ProblemCode = keyof typeof PROBLEMS

/** A value for a {placeholder}; a pair where the two languages write it differently. */
type Var = string | number | { vi: string; en: string }
export type ProblemVars = Record<string, Var>

const fill = (template: string, vars: ProblemVars, language: 'vi' | 'en'): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(vars, name)) return whole
    const value = vars[name] as Var
    return typeof value === 'object' ? value[language] : String(value)
  })

export const problem = (
  code: ProblemCode,
  { source = null, vars = {} }: { source?: SourceSpan | null; vars?: ProblemVars } = {},
): ImportProblem => {
  const { field, severity, vi, en } = PROBLEMS[code]
  const message = { vi: fill(vi, vars, 'vi'), en: fill(en, vars, 'en') }
  return { code, field, severity, message, source }
}
