// Vite plugin: minifies the static parts of lit-html templates (html`…`), which no JS minifier
// touches and Prettier lays out over many lines. As minify-html-literals does with its
// conservative collapse: whitespace next to a tag of an element that lays out as a block or a flex
// item here (BLOCK) is dropped, like the browser drops it; any other run becomes one space, as
// rendered; inside a tag, one space between attributes. So `textContent` is what a reader sees.
// Enough for our own templates: no comments, no `<pre>`, no `>` inside attribute values.
import type { Plugin } from 'vite'
import { parseSync } from 'vite'

const BLOCK = new Set(['section', 'div', 'p', 'ul', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
BLOCK.add('button').add('slot')

/** `<name` or `</name` at the start of `text`: the lower-case name, else ''. */
const tagAt = (text: string): string => /^<\/?([a-zA-Z][\w-]*)/.exec(text)?.[1]?.toLowerCase() ?? ''

/** A template's static parts, minified. The parts stay apart: a value is bound between two. */
export function minifyTemplate(strings: readonly string[]): string[] {
  // U+0000 stands for a binding: it is neither whitespace nor part of a tag's name.
  const joined = strings.join('\0')
  return joined
    .replace(/\s+/g, (space, at: number) => {
      const before = joined.slice(0, at)
      const after = joined.slice(at + space.length)
      if (before.lastIndexOf('<') > before.lastIndexOf('>')) return /^\/?>/.test(after) ? '' : ' '
      const previousTag = before.endsWith('>') ? tagAt(before.slice(before.lastIndexOf('<'))) : ''
      return BLOCK.has(previousTag) || BLOCK.has(tagAt(after)) ? '' : ' '
    })
    .split('\0')
}

interface Span {
  start: number
  end: number
}

interface TemplateElement extends Span {
  tail: boolean
  value: { raw: string }
}

export function minifyTemplates(): Plugin {
  return {
    name: 'campaign-banner-minify-html',
    enforce: 'pre',
    transform: {
      filter: { id: /\/src\/[^/]+\.ts$/, code: 'html`' },
      handler(code, id) {
        const templates: TemplateElement[][] = []
        const visit = (node: unknown): void => {
          if (Array.isArray(node)) return node.forEach(visit)
          if (!node || typeof node !== 'object') return
          const { type, tag, quasi } = node as {
            type?: string
            tag?: { type?: string; name?: string }
            quasi?: { quasis: TemplateElement[] }
          }
          if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && quasi)
            if (tag.name === 'html') templates.push(quasi.quasis)
          Object.values(node).forEach(visit)
        }
        visit(parseSync(id, code, { lang: 'ts' }).program)
        const edits: [start: number, end: number, text: string][] = []
        for (const quasis of templates) {
          const minified = minifyTemplate(quasis.map((quasi) => quasi.value.raw))
          quasis.forEach((quasi, i) => {
            // A template element's span takes in its delimiters: ` or } before, ${ or ` after.
            const start = quasi.start + 1
            const end = quasi.end - (quasi.tail ? 1 : 2)
            if (code.slice(start, end) !== quasi.value.raw)
              throw new Error(`${id}: cannot locate a template at ${quasi.start}`)
            edits.push([start, end, minified[i] ?? ''])
          })
        }
        edits.sort((a, b) => b[0] - a[0])
        for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end)
        return { code, map: null }
      },
    },
  }
}
