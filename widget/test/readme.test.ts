// README's "Embed" section gives webmasters the current build's hashed file names and SRI
// hashes; a stale hash would make browsers refuse the script, so it must match this build.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Manifest } from '../scripts/manifest.ts'
import { FILES } from '../scripts/manifest.ts'

const manifest = JSON.parse(
  readFileSync(new URL('../dist/manifest.json', import.meta.url), 'utf8'),
) as Manifest
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')

test.each(FILES)("README names %s's current hashed file and its integrity", (name) => {
  const entry = manifest.files[name]
  expect(readme).toContain(entry?.hashed)
  expect(readme).toContain(`integrity="${entry?.integrity}"`)
})

test("README states the module build's current gzip size", () => {
  const gzip = manifest.files['campaign-banner.js']?.gzip ?? 0
  expect(readme).toContain(`${gzip.toLocaleString('en-US')} bytes gzip for the module build`)
})
