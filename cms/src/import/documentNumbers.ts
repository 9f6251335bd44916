// Document numbers as pasted from real pages: look-alike letters, and a hyphen lost between
// the issuer's initials and the unit's (2768/SLĐTBXHBTXHTEBĐG for 2768/SLĐTBXH-BTXHTEBĐG).
import { normalizeDocumentNumber } from '../collections/Documents/documentNumber'

// Cyrillic and Greek capitals that print like the Latin ones symbols use (and a few lower-case
// Cyrillic ones). Đ's look-alike Ð is normalizeDocumentNumber's.
const LOOKALIKES = new Map(
  Object.entries({
    А: 'A',
    В: 'B',
    Е: 'E',
    К: 'K',
    М: 'M',
    Н: 'H',
    О: 'O',
    Р: 'P',
    С: 'C',
    Т: 'T',
    У: 'Y',
    Х: 'X',
    І: 'I',
    Ј: 'J',
    Ѕ: 'S',
    а: 'a',
    е: 'e',
    о: 'o',
    р: 'p',
    с: 'c',
    у: 'y',
    х: 'x',
    Α: 'A',
    Β: 'B',
    Ε: 'E',
    Ζ: 'Z',
    Η: 'H',
    Ι: 'I',
    Κ: 'K',
    Μ: 'M',
    Ν: 'N',
    Ο: 'O',
    Ρ: 'P',
    Τ: 'T',
    Υ: 'Y',
    Χ: 'X',
  }),
)

const LOOKALIKE_PATTERN = new RegExp(`[${[...LOOKALIKES.keys()].join('')}]`, 'gu')

export const foldLookalikes = (text: string): string =>
  text.replace(LOOKALIKE_PATTERN, (char) => LOOKALIKES.get(char) ?? char)

/** The number as a Documents record stores it, look-alike letters replaced. */
export const normalizedNumber = (printed: string): string =>
  normalizeDocumentNumber(foldLookalikes(printed))

/**
 * What two printings of one number share: the same digits and letters, whatever their case,
 * hyphens or spaces. 2768/SLĐTBXHBTXHTEBĐG and 2768/SLĐTBXH-BTXHTEBĐG are one document.
 */
export const numberMatchKey = (number: string): string =>
  normalizedNumber(number).toUpperCase().replace(/[\s-]/g, '')

// The issuing body's own name, without the place it is in: "… tỉnh Khánh Hòa".
const PLACE = / (?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã) /iu

/** The initials a body signs with: Sở Lao động - Thương binh và Xã hội → SLĐTBXH; UBND stays. */
export const issuerInitials = (issuer: string): string => {
  const name = issuer.split(PLACE)[0] ?? ''
  return name
    .split(' ')
    .filter((word) => word !== '' && word !== '-' && word.toLowerCase() !== 'và')
    .map((word) =>
      word.length > 1 && word === word.toUpperCase() ? word : (word[0] ?? '').toUpperCase(),
    )
    .join('')
}

/**
 * The number with the hyphen put back after the issuer's initials when the symbol runs them
 * into the unit's without one; null when nothing is missing or the initials do not lead it.
 */
export const withRestoredHyphen = (number: string, issuer: string | null): string | null => {
  const slash = number.lastIndexOf('/')
  const symbol = number.slice(slash + 1)
  if (issuer === null || slash === -1 || symbol.includes('-')) return null
  const initials = issuerInitials(issuer)
  const isLeading = initials.length >= 2 && symbol.startsWith(initials)
  if (!isLeading || symbol.length - initials.length < 2) return null
  return `${number.slice(0, slash + 1)}${initials}-${symbol.slice(initials.length)}`
}
