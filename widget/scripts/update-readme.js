// `pnpm readme`: writes the current build's hashed file names, SRI hashes and sizes into the root
// README's "Embed" section (run `pnpm build` first). test/readme.test.ts fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs'

const readmeUrl = new URL('../../README.md', import.meta.url)
const { files } = JSON.parse(
  readFileSync(new URL('../dist/manifest.json', import.meta.url), 'utf8'),
)
const module = files['campaign-banner.js']
const classic = files['campaign-banner.classic.js']
const n = (value) => value.toLocaleString('en-US')

const replacements = [
  [/campaign-banner\.[0-9a-f]{8}\.js/g, module.hashed],
  [/campaign-banner\.classic\.[0-9a-f]{8}\.js/g, classic.hashed],
  [/(campaign-banner\.[0-9a-f]{8}\.js"\s+integrity=")sha384-[^"]+/, `$1${module.integrity}`],
  [
    /(campaign-banner\.classic\.[0-9a-f]{8}\.js`, `integrity=")sha384-[^"]+/,
    `$1${classic.integrity}`,
  ],
  [
    /[\d,]+ bytes gzip for the module build, [\d,]+ for the classic/,
    `${n(module.gzip)} bytes gzip for the module build, ${n(classic.gzip)} for the classic`,
  ],
  [
    /in brotli \([\d,]+ and [\d,]+ bytes\)/,
    `in brotli (${n(module.brotli)} and ${n(classic.brotli)} bytes)`,
  ],
]

let readme = readFileSync(readmeUrl, 'utf8')
for (const [pattern, replacement] of replacements) {
  if (!pattern.test(readme)) throw new Error(`README.md: nothing matches ${pattern}`)
  pattern.lastIndex = 0
  readme = readme.replace(pattern, replacement)
}
writeFileSync(readmeUrl, readme)
console.log(`README.md: ${module.hashed}, ${classic.hashed}, ${n(module.gzip)} B gzip`)
