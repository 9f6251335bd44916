import type { Campaign } from '../payload-types'

type RichText = NonNullable<Campaign['introduction']>

/**
 * Plain paragraphs as Lexical editor state. Written out rather than imported from
 * @payloadcms/richtext-lexical: loading that package before `payload` in a fresh process
 * deadlocks Node's module loader (exit code 13), and the seed runs as its own process.
 */
export const lexicalParagraphs = (...paragraphs: string[]): RichText => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      textStyle: '',
      children: [
        { type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})
