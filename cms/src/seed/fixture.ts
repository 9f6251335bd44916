// The public facts the seed loads, read from the JSON kept beside this file (see data/).
import { readFileSync } from 'node:fs'

export interface FixtureDocument {
  type: string
  number: string
  date: string | null
  issuer: string
}

export interface FixtureEdition {
  year: number
  theme_vi: string
  theme_en: string
  messages_vi: string[]
  documents: FixtureDocument[]
}

export interface Fixture {
  series: {
    name_vi: string
    name_vi_until_2020: string
    name_en: string
    window: { start: string; end: string }
    time_zone: string
  }
  editions: FixtureEdition[]
}

export const fixture = JSON.parse(
  readFileSync(new URL('./data/gender-equality-month.json', import.meta.url), 'utf8'),
) as Fixture

export const announcementText = readFileSync(
  new URL('./data/announcement-2021-skhcn-khanhhoa.txt', import.meta.url),
  'utf8',
)

/** The series was renamed in 2021 ("phòng, chống" became "phòng ngừa, ứng phó"). */
export const seriesNameFor = (year: number): string =>
  year <= 2020 ? fixture.series.name_vi_until_2020 : fixture.series.name_vi
