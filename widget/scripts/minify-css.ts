// Vite plugin: minifies the `export const styles = `…`` CSS of `*.styles.ts` modules (comments,
// whitespace), which no JS minifier does for a template literal. Enough for our own CSS: no quoted
// strings with spaces, no `${}`.
import type { Plugin } from 'vite'

export const minifyCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/ !important/g, '!important')
    .replace(/;}/g, '}')
    .replace(/='([a-z][\w-]*)'\]/gi, '=$1]') // [part='body'] → [part=body]: an identifier needs no quotes
    .replace(/([^\w.])0\.(\d)/g, '$1.$2') // 0.5em → .5em
    .trim()

export function minifyStyles(): Plugin {
  return {
    name: 'campaign-banner-minify-css',
    enforce: 'pre',
    transform: {
      filter: { id: /\.styles\.ts$/ },
      handler: (code) => ({
        code: code.replace(
          /(export const styles = `)([^`$]*)`/,
          (_, start: string, css: string) => start + minifyCss(css) + '`',
        ),
        map: null,
      }),
    },
  }
}
