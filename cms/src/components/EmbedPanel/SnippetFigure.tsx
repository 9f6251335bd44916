'use client'
// One way to embed the banner: what it is, when to use it, a live preview, the code, a copy button.
import type { ReactNode } from 'react'

import { CopyButton } from './CopyButton'
import { SnippetPreview } from './SnippetPreview'
import type { EmbedTexts } from './texts'

export interface SnippetFigureProps {
  id: string
  title: string
  when: string
  /** The code to paste; shown in a <pre> and copied as is. */
  code: string
  /** The preview's whole document; null while the site is not saved. */
  preview: string | null
  t: EmbedTexts
  /** A choice of shape, above the code. */
  choice?: ReactNode
  children?: ReactNode
}

export const SnippetFigure = ({
  id,
  title,
  when,
  code,
  preview,
  t,
  choice,
  children,
}: SnippetFigureProps) => (
  <section className="embed-panel__snippet" aria-labelledby={`${id}-title`} data-snippet={id}>
    <h3 id={`${id}-title`} className="embed-panel__title">
      {title}
    </h3>
    <p className="embed-panel__when">{when}</p>
    {choice}
    <div className="embed-panel__preview-box">
      <span className="field-label">{t.preview}</span>
      {preview ? (
        <SnippetPreview document={preview} title={`${t.preview}: ${title}`} />
      ) : (
        <p className="field-description">{t.saveToPreview}</p>
      )}
    </div>
    <pre>{code}</pre>
    <CopyButton code={code} label={t.copy} copiedLabel={t.copied} />
    {children}
  </section>
)
