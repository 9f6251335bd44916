/** `?next-edition=1` on a campaign's page opens "Tạo kỳ tiếp theo" at once (the dashboard links it). */
export const NEXT_EDITION_PARAM = 'next-edition'
