// The banner image's layout per variant, as the element tree satori lays out: the bar and the card
// follow the widget's look (campaign-banner.styles.ts: the accent strip, white card with an accent
// top border), cut to a fixed box, each text clamped to the lines it has room for.
import type { CSSProperties, ReactElement } from 'react'
import { createElement as h } from 'react'

import type { BannerContent } from './content'
import { BANNER_FONT_FAMILY } from './fonts'
import type { BannerImageVariant } from './sizes'
import { BANNER_IMAGE_SIZES } from './sizes'

/** The edition's image, ready to draw: a data URL already cut to `width` × `height` (times scale). */
export interface PreparedImage {
  src: string
  width: number
  height: number
}

/** The box each variant draws the edition's image in, in CSS pixels. */
export const IMAGE_BOXES: Record<BannerImageVariant, { width: number; height: number }> = {
  bar: { width: BANNER_IMAGE_SIZES.bar.height, height: BANNER_IMAGE_SIZES.bar.height },
  // Inside the card's 1 px side borders.
  card: { width: BANNER_IMAGE_SIZES.card.width - 2, height: 96 },
}

const TEXT_COLOR = '#1f1f1f'
const MUTED_COLOR = '#4d4d4d'
const BORDER = '1px solid #0003'

const text = (content: string, style: CSSProperties, lines = 1): ReactElement =>
  h('div', { style: { display: 'block', lineClamp: lines, ...style } }, content)

const image = ({ src, width, height }: PreparedImage): ReactElement =>
  h('img', { src, width, height, style: { width, height, objectFit: 'cover', flexShrink: 0 } })

const root = (variant: BannerImageVariant, style: CSSProperties, children: ReactElement[]) =>
  h(
    'div',
    {
      style: {
        display: 'flex',
        ...BANNER_IMAGE_SIZES[variant],
        boxSizing: 'border-box',
        overflow: 'hidden',
        fontFamily: BANNER_FONT_FAMILY,
        lineHeight: 1.3,
        ...style,
      },
    },
    ...children,
  )

type Campaign = Extract<BannerContent, { kind: 'campaign' }>

const bar = (content: Campaign, picture: PreparedImage | null): ReactElement =>
  root('bar', { flexDirection: 'row', background: content.accent, color: '#fff' }, [
    ...(picture ? [image(picture)] : []),
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          flex: 1,
          minWidth: 0,
          padding: '8px 16px',
          gap: 2,
        },
      },
      text(content.title, { fontSize: 13 }),
      text(content.heading, { fontSize: 18, fontWeight: 700, lineHeight: 1.2 }, 2),
    ),
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          alignItems: 'flex-end',
          flexShrink: 0,
          maxWidth: 200,
          padding: '8px 16px 8px 0',
          gap: 2,
        },
      },
      text(content.phase, { fontSize: 16, fontWeight: 700, textAlign: 'right' }),
      text(content.window, { fontSize: 13, textAlign: 'right' }),
    ),
  ])

const card = (content: Campaign, picture: PreparedImage | null): ReactElement =>
  root(
    'card',
    {
      flexDirection: 'column',
      background: '#fff',
      color: TEXT_COLOR,
      border: BORDER,
      borderTop: `4px solid ${content.accent}`,
      borderRadius: 4,
    },
    [
      ...(picture ? [image(picture)] : []),
      h(
        'div',
        { style: { display: 'flex', flexDirection: 'column', flex: 1, padding: 12, gap: 4 } },
        text(content.title, { fontSize: 12, color: MUTED_COLOR }),
        text(
          content.heading,
          { fontSize: 16, fontWeight: 700, color: content.accent, lineHeight: 1.25 },
          picture ? 2 : 3,
        ),
        // Without a picture, the first message fills the room it leaves.
        ...(content.message && !picture ? [text(content.message, { fontSize: 13 }, 3)] : []),
        h('div', { style: { display: 'flex', flex: 1 } }),
        text(content.phase, { fontSize: 14, fontWeight: 700, color: content.accent }),
        text(content.window, { fontSize: 12, color: MUTED_COLOR }),
      ),
    ],
  )

/** Nothing to show: the site's name, quiet grey on light grey, in the same box. */
const neutral = (variant: BannerImageVariant, siteName: string): ReactElement =>
  root(
    variant,
    {
      alignItems: 'center',
      justifyContent: 'center',
      padding: 12,
      background: '#f5f5f5',
      color: MUTED_COLOR,
      border: BORDER,
    },
    [text(siteName, { fontSize: 14, textAlign: 'center' }, 2)],
  )

/** The element tree of a banner image; `picture` is the edition's image, when it could be read. */
export const bannerLayout = (
  content: BannerContent,
  variant: BannerImageVariant,
  picture: PreparedImage | null,
): ReactElement => {
  if (content.kind === 'none') return neutral(variant, content.siteName)
  return variant === 'card' ? card(content, picture) : bar(content, picture)
}
