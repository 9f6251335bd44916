'use client'
// Shows the editor the colour the banner will use: theirs when white text on it reads well, else
// the darkened one the public API serves (shared/contrast.ts), with both contrast figures, so a
// poor pick is visible before it is published rather than silently changed.
import { contrastRatio, readableAccent } from '@campaign/shared/contrast'
import { HEX_COLOR } from '@campaign/shared/patterns'
import { useFormFields, useTranslation } from '@payloadcms/ui'

const HEX_COLOUR = new RegExp(HEX_COLOR, 'u')

export const AccentColorHint = () => {
  const value = useFormFields(([fields]) => fields.accentColor?.value)
  const { i18n } = useTranslation()
  const picked = typeof value === 'string' ? value.trim().toLowerCase() : ''
  if (!HEX_COLOUR.test(picked)) return null
  const used = readableAccent(picked)
  const isVi = i18n.language !== 'en'
  const ratio = (colour: string) => {
    const figure = contrastRatio(colour, '#ffffff').toFixed(1)
    return `${isVi ? figure.replace('.', ',') : figure}:1`
  }
  const text =
    used === picked
      ? isVi
        ? `Chữ trắng trên màu này dễ đọc (độ tương phản ${ratio(picked)}, tối thiểu 4,5:1).`
        : `White text on this colour reads well (contrast ${ratio(picked)}, at least 4.5:1).`
      : isVi
        ? `Màu này khó đọc với chữ trắng (${ratio(picked)}, cần 4,5:1): banner sẽ dùng ${used} (${ratio(used)}).`
        : `This colour is hard to read with white text (${ratio(picked)}, 4.5:1 needed): the banner will use ${used} (${ratio(used)}).`
  return (
    <p
      role="status"
      style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', marginTop: '0.5rem' }}
    >
      <span
        aria-hidden="true"
        style={{
          flex: 'none',
          width: '1.5rem',
          height: '1.5rem',
          borderRadius: '4px',
          background: used,
        }}
      />
      {text}
    </p>
  )
}
