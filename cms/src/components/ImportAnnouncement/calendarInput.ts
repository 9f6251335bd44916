// The admin shows days as dd/MM/yyyy whatever the browser's locale (a date input would follow
// the browser: 11/15/2021 in an English one); the API takes YYYY-MM-DD.

/** 2021-11-15 → 15/11/2021; anything else as it is. */
export const shownDay = (day: string | null | undefined): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day ?? '')
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (day ?? '')
}

/**
 * 15/11/2021 (or 15-11-2021, 5/1/2021) → 2021-11-15; other text is returned as typed, for the
 * server to refuse with its message.
 */
export const isoDay = (typed: string): string => {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(typed)
  if (!match) return typed.trim()
  const [, day, month, year] = match as unknown as [string, string, string, string]
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
