// The banner image's typeface: Noto Sans, regular and bold, read once from the installed package
// (no network, no system fonts). Each file is the complete font: satori draws a word with a single
// font, so the split subsets of web-font packages (Latin in one file, Vietnamese in another) lose
// the marks of words such as "động" that need both.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import type { SatoriOptions } from 'satori'

export type BannerFont = SatoriOptions['fonts'][number]

export const BANNER_FONT_FAMILY = 'Noto Sans'

const FONT_FILES = [
  { weight: 400, file: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf' },
  { weight: 700, file: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
] as const

const require = createRequire(import.meta.url)

let loaded: BannerFont[] | undefined

/**
 * The fonts, read on the first call and kept: satori caches what it parsed per array, so every
 * render must get this same array.
 */
export const bannerFonts = (): BannerFont[] =>
  (loaded ??= FONT_FILES.map(({ weight, file }) => ({
    name: BANNER_FONT_FAMILY,
    data: readFileSync(require.resolve(file)),
    weight,
    style: 'normal',
  })))
