// The CMS's live preview feeds <campaign-banner> an answer it mapped in the editor's browser, with
// no request: `api` is a `data:` URL ending in '#', so the path the banner appends becomes the
// fragment, which fetch drops. These tests keep that way in open (cms/src/preview/ relies on it).
import { afterEach, beforeEach, expect, test } from 'vitest'
import { cacheKey } from './data'
import { noCampaign, responseWith } from './test-fixtures'
import { mount, part, rendered, text, uniqueSite } from './test-helpers'

const inlineApi = (answer: unknown): string =>
  `data:application/json,${encodeURIComponent(JSON.stringify(answer))}#`

beforeEach(() => {
  localStorage.clear()
  document.documentElement.lang = 'vi'
})

afterEach(() => {
  document.body.replaceChildren()
})

test('an answer given inline as a data: URL renders as if the CMS had sent it', async () => {
  const api = inlineApi(responseWith({ theme: 'Chủ đề xem trước' }))
  const element = await mount({
    site: uniqueSite(),
    api,
    preview: true,
    now: '2025-12-15T23:59:00+07:00',
  })
  await rendered(element)
  expect(text(element, 'heading')).toBe('Chủ đề xem trước')
  expect(text(element, 'phase')).toBe('Hôm nay là ngày cuối')
  // The banner remembers it under the data: URL; the preview page clears these keys.
  expect(localStorage.key(0)).toBe(
    cacheKey({ api, site: element.site ?? '', locale: 'vi', timeout: 0 }),
  )
})

test('a new inline answer (a new api) replaces the shown one', async () => {
  const element = await mount({
    site: uniqueSite(),
    api: inlineApi(responseWith({ theme: 'Một' })),
  })
  await rendered(element)
  element.api = inlineApi(responseWith({ theme: 'Hai' }))
  await rendered(element)
  expect(text(element, 'heading')).toBe('Hai')
})

test('an inline "nothing to show" answer shows nothing', async () => {
  const element = await mount({ site: uniqueSite(), api: inlineApi(noCampaign()) })
  await rendered(element)
  expect(part(element, 'base')).toBeNull()
})
