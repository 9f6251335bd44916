// Two builds into dist/ (the CMS serves both): `vite build` makes the ES module
// campaign-banner.js from src/index.ts; `vite build --mode classic` then makes the IIFE
// campaign-banner.classic.js from src/embed.ts, and writes manifest.json. Not Vite's library mode:
// it leaves ES output unminified. Vite's own minifier (oxc) stays: terser came out larger here.
// Lit's minifier plugin takes what no JS minifier touches, the CSS string and lit-html's template
// markup (scripts/minify.ts); and one trims the decorate helper to what our field decorators need
// (scripts/decorate-helper.ts, −110 bytes gzip: docs/widget-size.md).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { fieldDecorators } from './scripts/decorate-helper.ts'
import { manifest } from './scripts/manifest.ts'
import { minifyStyles, minifyTemplates } from './scripts/minify.ts'

const outDir = fileURLToPath(new URL('dist', import.meta.url))

export default defineConfig(({ mode }) => {
  const isClassic = mode === 'classic'
  return {
    build: {
      outDir,
      emptyOutDir: !isClassic,
      copyPublicDir: false,
      modulePreload: false,
      rolldownOptions: {
        input: isClassic ? 'src/embed.ts' : 'src/index.ts',
        preserveEntrySignatures: 'exports-only',
        output: {
          format: isClassic ? 'iife' : 'es',
          entryFileNames: isClassic ? 'campaign-banner.classic.js' : 'campaign-banner.js',
        },
      },
    },
    plugins: [minifyStyles(), minifyTemplates(), fieldDecorators(), isClassic && manifest(outDir)],
  }
})
