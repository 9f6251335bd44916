import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatBytes, formatDate, formatFileType, formatPhase, formatWindow } from './format'

describe('formatDate', () => {
  it.each([
    ['2021-11-15', 'vi', '15/11/2021'],
    ['2021-11-15', 'en', '15 Nov 2021'],
    ['2022-01-05', 'vi', '05/01/2022'],
    ['2022-01-05', 'en', '5 Jan 2022'],
    ['2024-02-29', 'en', '29 Feb 2024'],
    ['2021-12-31', 'en', '31 Dec 2021'],
  ] as const)('%s in %s is %s', (date, locale, expected) => {
    expect(formatDate(date, locale)).toBe(expected)
  })

  it('names every month in English', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatDate(`2021-${String(i + 1).padStart(2, '0')}-01`, 'en').slice(2, 5),
    )
    expect(months.join(' ')).toBe('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec')
  })

  it('throws on what is not a calendar date', () => {
    expect(() => formatDate('2021-02-29', 'vi')).toThrow(RangeError)
    expect(() => formatDate('15/11/2021', 'en')).toThrow(RangeError)
  })
})

describe('formatWindow', () => {
  const window = { start: '2021-11-15', end: '2021-12-15' }

  it('joins the two dates with a spaced en dash', () => {
    expect(formatWindow(window, 'vi')).toBe('15/11/2021 – 15/12/2021')
    expect(formatWindow(window, 'en')).toBe('15 Nov 2021 – 15 Dec 2021')
  })

  it('shows a one-day window as one date', () => {
    expect(formatWindow({ start: '2021-11-25', end: '2021-11-25' }, 'vi')).toBe('25/11/2021')
    expect(formatWindow({ start: '2021-11-25', end: '2021-11-25' }, 'en')).toBe('25 Nov 2021')
  })
})

describe('formatPhase', () => {
  it.each([
    [{ phase: 'live', daysUntilStart: 0, daysLeft: 5 }, 'Còn 5 ngày', '5 days left'],
    [{ phase: 'live', daysUntilStart: 0, daysLeft: 1 }, 'Còn 1 ngày', '1 day left'],
    [{ phase: 'live', daysUntilStart: 0, daysLeft: 0 }, 'Hôm nay là ngày cuối', 'Last day today'],
    [
      { phase: 'upcoming', daysUntilStart: 3, daysLeft: 0 },
      'Bắt đầu sau 3 ngày',
      'Starts in 3 days',
    ],
    [{ phase: 'upcoming', daysUntilStart: 1, daysLeft: 0 }, 'Bắt đầu ngày mai', 'Starts tomorrow'],
    // Not produced by phaseAt; a hand-made or stale payload must still read sensibly.
    [{ phase: 'upcoming', daysUntilStart: 0, daysLeft: 0 }, 'Bắt đầu ngày mai', 'Starts tomorrow'],
    [{ phase: 'ended', daysUntilStart: 0, daysLeft: 0 }, 'Đã kết thúc', 'Ended'],
  ] as const)('%o', (info, vi, en) => {
    expect(formatPhase(info, 'vi')).toBe(vi)
    expect(formatPhase(info, 'en')).toBe(en)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B', '0 B'],
    [12, '12 B', '12 B'],
    [1023, '1023 B', '1023 B'],
    [1024, '1 KB', '1 KB'],
    [850 * 1024, '850 KB', '850 KB'],
    [1023.4 * 1024, '1023 KB', '1023 KB'],
    [1023.6 * 1024, '1,0 MB', '1.0 MB'], // would round to "1024 KB"
    [2.3 * 1024 ** 2, '2,3 MB', '2.3 MB'],
    [2_411_724, '2,3 MB', '2.3 MB'],
    [9.94 * 1024 ** 2, '9,9 MB', '9.9 MB'],
    [9.96 * 1024 ** 2, '10 MB', '10 MB'], // not "10,0 MB"
    [150 * 1024 ** 2, '150 MB', '150 MB'],
    [1.5 * 1024 ** 3, '1,5 GB', '1.5 GB'],
    [42 * 1024 ** 3, '42 GB', '42 GB'],
    [3 * 1024 ** 4, '3,0 TB', '3.0 TB'],
    [2048 * 1024 ** 4, '2048 TB', '2048 TB'],
  ])('%d bytes: vi %s, en %s', (bytes, vi, en) => {
    expect(formatBytes(bytes, 'vi')).toBe(vi)
    expect(formatBytes(bytes, 'en')).toBe(en)
  })

  it('throws on negative or non-finite counts', () => {
    for (const bad of [-1, NaN, Infinity]) expect(() => formatBytes(bad, 'en')).toThrow(RangeError)
  })

  it('always prints a short figure and a unit', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), fc.constantFrom('vi' as const, 'en' as const), (n, locale) => {
        expect(formatBytes(n, locale)).toMatch(
          locale === 'vi'
            ? /^(\d{1,4}|\d,\d) (B|KB|MB|GB|TB)$/
            : /^(\d{1,4}|\d\.\d) (B|KB|MB|GB|TB)$/,
        )
      }),
    )
  })
})

describe('formatFileType', () => {
  it.each([
    ['application/pdf', 'PDF'],
    ['application/msword', 'DOC'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX'],
    ['application/vnd.oasis.opendocument.text', 'ODT'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'XLSX'],
    ['application/vnd.ms-excel', 'XLS'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'PPTX'],
    ['application/x-rar-compressed', 'RAR'],
    ['image/jpeg', 'JPEG'],
    ['image/png', 'PNG'],
    ['image/webp', 'WebP'],
    ['text/plain', 'TXT'],
    ['Application/PDF; charset=binary', 'PDF'],
    ['text/csv', 'CSV'],
    ['application/zip', 'ZIP'],
    ['image/svg+xml', 'SVG'],
    ['application/x-7z', '7Z'],
    ['application/octet-stream', 'FILE'],
    ['application/vnd.ms-word.document.macroEnabled.12', 'FILE'],
    ['', 'FILE'],
    ['pdf', 'FILE'],
    ['constructor', 'FILE'],
    ['toString', 'FILE'],
  ])('%s is %s', (mimeType, expected) => {
    expect(formatFileType(mimeType)).toBe(expected)
  })
})
