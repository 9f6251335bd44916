// Our own validation messages, in the editor's admin language (Vietnamese first).
// Kept apart from Payload's translation tables so their keys are typed and checked here.
import type { PayloadRequest } from 'payload'

const vi = {
  endBeforeStart: 'Ngày kết thúc ({end}) phải bằng hoặc sau ngày bắt đầu ({start}).',
  invalidCalendarDate: 'Ngày không hợp lệ.',
  yearMismatch: 'Năm {year} không khớp với thời gian diễn ra (bắt đầu năm {startYear}).',
  displayStartTooEarly:
    'Ngày bắt đầu hiển thị ({date}) không được sớm hơn {days} ngày trước ngày bắt đầu chiến dịch.',
  displayStartAfterEnd:
    'Ngày bắt đầu hiển thị ({date}) phải trước hoặc bằng ngày kết thúc chiến dịch ({end}).',
  displayEndTooLate:
    'Ngày kết thúc hiển thị ({date}) không được muộn hơn {days} ngày sau ngày kết thúc chiến dịch.',
  displayEndBeforeStart:
    'Ngày kết thúc hiển thị ({date}) phải sau hoặc bằng ngày bắt đầu chiến dịch ({start}).',
  displayEndBeforeDisplayStart:
    'Ngày kết thúc hiển thị ({date}) phải sau hoặc bằng ngày bắt đầu hiển thị ({start}).',
  slugTaken: 'Đường dẫn "{slug}" đã được dùng cho một chiến dịch khác của trang {site}.',
  slugTakenOnSharedSite:
    'Đường dẫn "{slug}" đã được dùng cho một chiến dịch khác trên một trang mà chiến dịch này cũng hiển thị.',
  slugFormat:
    'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ: thang-hanh-dong-2025).',
  siteSlugFormat:
    'Mã trang chỉ gồm chữ thường không dấu, số và dấu gạch ngang. Gợi ý: {suggestion}',
  messagesRequiredToPublish: 'Cần ít nhất một thông điệp trước khi xuất bản.',
  siteNotManaged: 'Bạn chỉ có thể thêm hoặc gỡ các trang mình quản lý.',
  ownerSiteNotManaged: 'Chỉ chọn được trang mà bạn quản lý.',
  sitesRequired: 'Chọn ít nhất một trang hiển thị chiến dịch.',
  accentColorFormat: 'Màu nhấn phải có dạng #rrggbb (ví dụ: #e8590c).',
  urlFormat: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.',
  originFormat:
    'Nguồn được phép phải có dạng https://ten-mien (không có đường dẫn), hoặc * để cho phép mọi nguồn.',
  timeZoneUnknown: 'Múi giờ "{zone}" không tồn tại.',
  documentNumberRequired: 'Nhập số hiệu văn bản.',
  fileTypeNotAllowed:
    'Loại tệp không được phép ({detected}). Chỉ nhận PDF, DOC, DOCX, ODT, XLSX, JPEG, PNG, WebP.',
  pdfIncomplete:
    'Tệp PDF bị hỏng hoặc chưa đầy đủ (thiếu phần kết thúc của tệp). Hãy xuất lại tệp PDF rồi tải lên.',
  fileTooLarge: 'Tệp quá lớn ({size}). Dung lượng tối đa là {max}.',
  uploadDirectly:
    'Hãy tải tệp lên trực tiếp: tệp không được lấy theo địa chỉ (url) hay theo tên một tệp đã có, và không cắt ảnh hay đặt điểm lấy nét.',
  altRequired: 'Ảnh cần có mô tả thay thế (alt) cho người dùng trình đọc màn hình.',
  stillInUse: 'Không thể xóa vì vẫn đang được dùng ở: {uses}. Hãy gỡ các liên kết đó trước.',
  firstRegisterClosed:
    'Không thể tạo tài khoản quản trị đầu tiên từ trang web. Người vận hành hãy chạy lệnh seed với biến môi trường SEED_ADMIN_PASSWORD (docker-compose tự chạy khi khởi động), rồi đăng nhập bằng tài khoản đó.',
  nextEditionExists: 'Đã có kỳ năm {year} của chiến dịch này: "{title}". Mở kỳ đó để chỉnh sửa.',
  nextEditionUnknownRecord: 'Chỉ mang sang được văn bản và tệp mà kỳ này đang có.',
  nextEditionCreated: 'Đã tạo bản nháp kỳ năm {year}. Chưa có gì được xuất bản.',
  tooManySignIns: 'Quá nhiều lần đăng nhập từ địa chỉ này. Hãy thử lại sau {minutes} phút.',
  sharedCampaignDelete:
    'Chiến dịch này còn hiển thị trên một trang khác mà bạn không quản lý; chỉ quản trị viên mới xóa được.',
  outdatedSave:
    'Chiến dịch này đã được lưu lúc {time}, sau khi bạn mở nó (có thể bởi một biên tập viên khác). Thay đổi của bạn chưa được lưu để không xóa mất lần lưu đó; hãy tải lại trang, xem bản mới rồi sửa lại.',
} as const

type MessageKey = keyof typeof vi

const en: Record<MessageKey, string> = {
  endBeforeStart: 'The end date ({end}) must be on or after the start date ({start}).',
  invalidCalendarDate: 'This is not a valid date.',
  yearMismatch: 'The year {year} does not match the campaign window (it starts in {startYear}).',
  displayStartTooEarly:
    'The display start ({date}) may be at most {days} days before the campaign starts.',
  displayStartAfterEnd: 'The display start ({date}) must be on or before the campaign end ({end}).',
  displayEndTooLate: 'The display end ({date}) may be at most {days} days after the campaign ends.',
  displayEndBeforeStart:
    'The display end ({date}) must be on or after the campaign start ({start}).',
  displayEndBeforeDisplayStart:
    'The display end ({date}) must be on or after the display start ({start}).',
  slugTaken: 'The slug "{slug}" is already used by another campaign of site {site}.',
  slugTakenOnSharedSite:
    'The slug "{slug}" is already used by another campaign on a site this campaign is also shown on.',
  slugFormat:
    'Use lower-case letters without accents, digits and hyphens (e.g. action-month-2025).',
  siteSlugFormat:
    'A site slug has lower-case letters without accents, digits and hyphens only. Suggested: {suggestion}',
  messagesRequiredToPublish: 'Add at least one message before publishing.',
  siteNotManaged: 'You can add or remove only the sites you manage.',
  ownerSiteNotManaged: 'Choose one of the sites you manage.',
  sitesRequired: 'Choose at least one site to show the campaign on.',
  accentColorFormat: 'The accent colour must look like #rrggbb (e.g. #e8590c).',
  urlFormat: 'The address must start with http:// or https://.',
  originFormat: 'An allowed origin looks like https://domain (no path), or * to allow any origin.',
  timeZoneUnknown: 'The time zone "{zone}" does not exist.',
  documentNumberRequired: 'Enter the document number.',
  fileTypeNotAllowed:
    'This file type is not allowed ({detected}). Accepted: PDF, DOC, DOCX, ODT, XLSX, JPEG, PNG, WebP.',
  pdfIncomplete:
    'This PDF is damaged or incomplete (its ending is missing). Export the PDF again and upload it.',
  fileTooLarge: 'The file is too large ({size}). The maximum is {max}.',
  uploadDirectly:
    'Upload the file itself: files are not taken from an address (url) or by the name of a stored file, and are not cropped or re-focused.',
  altRequired: 'Images need alternative text (alt) for screen-reader users.',
  stillInUse: 'This cannot be deleted while it is still used by: {uses}. Remove those links first.',
  firstRegisterClosed:
    'The first admin account cannot be created from the web. The operator runs the seed with SEED_ADMIN_PASSWORD set (docker-compose does on start), then signs in with that account.',
  nextEditionExists: 'This campaign already has its {year} edition: "{title}". Open it to edit.',
  nextEditionUnknownRecord: 'Only documents and files this edition has can be carried over.',
  nextEditionCreated: 'The {year} edition was created as a draft. Nothing was published.',
  tooManySignIns: 'Too many sign-in attempts from this address. Try again in {minutes} minutes.',
  sharedCampaignDelete:
    'This campaign is also shown on another site, which you do not manage; only an admin can delete it.',
  outdatedSave:
    'This campaign was saved at {time}, after you opened it (perhaps by another editor). Your change was not saved so as not to erase that save; reload the page, check the newer version, then make your change again.',
}

const tables = { vi, en } as const

type Vars = Record<string, string | number>

const interpolate = (template: string, vars: Vars): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  )

/** The request's admin language decides; anything but English gets Vietnamese. */
export const messageLanguage = (req: Pick<PayloadRequest, 'i18n'> | undefined): 'vi' | 'en' =>
  req?.i18n?.language === 'en' ? 'en' : 'vi'

export const translate = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: MessageKey,
  vars: Vars = {},
): string => interpolate(tables[messageLanguage(req)][key], vars)

export type { MessageKey }
