// What the admin says when a page cannot be built, in the editor's language: Vietnamese unless
// they chose English (Payload's `payload-lng` cookie, which the admin's proxy sets).
export type AdminLanguage = 'vi' | 'en'

export const outageTexts = {
  vi: {
    databaseTitle: 'Máy chủ tạm thời không đọc được cơ sở dữ liệu',
    otherTitle: 'Trang quản trị gặp lỗi khi tải',
    safe: 'Nội dung đã lưu trước đó vẫn an toàn: sự cố này không xoá gì.',
    waiting:
      'Trang sẽ tự tải lại khi máy chủ hoạt động bình thường. Nếu quá vài phút vẫn chưa được, hãy báo bộ phận kỹ thuật kèm mã lỗi bên dưới.',
    retry: 'Thử lại ngay',
    errorCode: 'Mã lỗi',
  },
  en: {
    databaseTitle: 'The server cannot read its database right now',
    otherTitle: 'The admin could not load this page',
    safe: 'What was saved before is safe: this fault deletes nothing.',
    waiting:
      'The page reloads by itself once the server is well again. If it takes more than a few minutes, tell your technical staff and give them the error code below.',
    retry: 'Try again now',
    errorCode: 'Error code',
  },
} satisfies Record<AdminLanguage, Record<string, string>>

/** The editor's admin language from a Cookie header or `document.cookie`. */
export const adminLanguageOf = (cookies: string): AdminLanguage =>
  /(?:^|;\s*)payload-lng=en(?:;|$)/.test(cookies) ? 'en' : 'vi'
