// The minifiers for what no JS minifier touches, both from Lit's own
// @lit-labs/rollup-plugin-minify-html-literals: the static parts of lit-html templates (html`…`,
// through html-minifier-next) and the `export const styles = `…`` CSS of `*.styles.ts` modules
// (an untagged template, through lightningcss). Before Vite's TypeScript transform ('pre'), as
// the plugin asks to run before transpilers; the build fails if a template cannot be minified.
import type { Options } from '@lit-labs/rollup-plugin-minify-html-literals'
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals'
import type { Plugin } from 'vite'

const SOURCE = /\/src\/[^/]+\.ts$/
const STYLES = /\.styles\.ts$/

/** Lit's plugin, typed for Rollup, as a Vite plugin: its hook uses only this.error and this.warn. */
function literals(name: string, options: Options): Plugin {
  const { transform } = minifyHTMLLiterals({ ...options, failOnError: true })
  type Context = ThisParameterType<typeof transform>
  return {
    name,
    enforce: 'pre',
    async transform(code, id) {
      const result = await transform.call(this as unknown as Context, code, id)
      return result && typeof result === 'object' ? { code: result.code, map: null } : null
    },
  }
}

export const minifyTemplates = (): Plugin =>
  literals('campaign-banner-minify-templates', {
    filter: (id) => SOURCE.test(id) && !STYLES.test(id),
    // `part=body`, `lang=${…}`: no quotes where HTML needs none (lit-html binds either way).
    options: { minifyOptions: { removeAttributeQuotes: true } },
  })

export const minifyStyles = (): Plugin =>
  literals('campaign-banner-minify-styles', {
    filter: (id) => STYLES.test(id),
    options: { shouldMinify: () => false, shouldMinifyCSS: () => true },
  })
