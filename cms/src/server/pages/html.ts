// Server-rendered HTML with every interpolated value escaped: `markup` returns HTML, and only
// HTML made by `markup` itself goes in unescaped, so a campaign's text can never become a tag or
// leave an attribute. Attribute values are always written in double quotes in the templates.
// (Not named `html`: Prettier would reformat such templates, and with them the bytes sent.)
import { escapeHtml } from '../../embed/escapeHtml'

/** Markup that is safe to send: made by `markup`, never from a plain string. */
export class SafeHtml {
  readonly #text: string
  constructor(text: string) {
    this.#text = text
  }
  toString(): string {
    return this.#text
  }
}

export type Interpolation =
  SafeHtml | string | number | null | undefined | false | readonly Interpolation[]

const render = (value: Interpolation): string => {
  if (value instanceof SafeHtml) return value.toString()
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

export const markup = (strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml =>
  new SafeHtml(strings.reduce((out, part, i) => out + render(values[i - 1] ?? null) + part))

/** A `<style>` element for one of our own style sheets (constants, never visitors' text). */
export const styleElement = (css: string): SafeHtml => {
  if (/<\/style/i.test(css)) throw new Error('A style sheet cannot contain </style')
  return new SafeHtml(`<style>${css}</style>`)
}
