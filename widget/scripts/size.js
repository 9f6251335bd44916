// `pnpm size`: the built files' sizes from dist/manifest.json (run `pnpm build` first).
import { readFileSync } from 'node:fs'

const { files } = JSON.parse(
  readFileSync(new URL('../dist/manifest.json', import.meta.url), 'utf8'),
)
for (const [name, { bytes, gzip, brotli, hashed }] of Object.entries(files))
  console.log(`${name.padEnd(28)} ${bytes} B, gzip ${gzip} B, brotli ${brotli} B  (${hashed})`)
