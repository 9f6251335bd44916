// "Hẹn giờ xuất bản"'s words, vi first.
export const SCHEDULE_TEXT = {
  vi: {
    open: 'Hẹn giờ xuất bản',
    title: 'Hẹn giờ xuất bản',
    intro:
      'Đến giờ hẹn, bản nháp lúc đó (mọi ngôn ngữ) được xuất bản, như khi bấm “Xuất bản”. Có thể chọn bất kỳ phút nào.',
    when: 'Thời điểm xuất bản (ngày/tháng/năm giờ:phút)',
    zone: (zone: string, offset: string) => `Theo giờ của trang: ${zone} (${offset}).`,
    schedule: 'Hẹn giờ',
    close: 'Đóng',
    upcoming: 'Đã hẹn giờ',
    none: 'Chưa có lịch xuất bản nào.',
    at: (text: string) => `Xuất bản lúc ${text}`,
    cancel: 'Hủy hẹn giờ',
    failed: 'Không hẹn giờ được. Hãy thử lại.',
  },
  en: {
    open: 'Schedule publication',
    title: 'Schedule publication',
    intro:
      'At the chosen time the draft as it is then (every language) is published, as “Publish” would. Any minute can be chosen.',
    when: 'Publish at (day/month/year hours:minutes)',
    zone: (zone: string, offset: string) => `In the site’s time zone: ${zone} (${offset}).`,
    schedule: 'Schedule',
    close: 'Close',
    upcoming: 'Scheduled',
    none: 'Nothing scheduled yet.',
    at: (text: string) => `Publish at ${text}`,
    cancel: 'Cancel',
    failed: 'The publication could not be scheduled. Try again.',
  },
}

/** 'GMT+7' for Asia/Ho_Chi_Minh: the zone's offset now, as the browser names it. */
export const zoneOffset = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(new Date())
    .find((part) => part.type === 'timeZoneName')?.value ?? ''
