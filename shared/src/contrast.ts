// Keeps an editor's accent colour readable. The banner draws white text on the accent (bar) and the
// accent on white (card, compact), so the accent must reach 4.5:1 (WCAG AA) against white; a poor
// pick is darkened (or, against a dark colour, lightened) step by step. The CMS applies it when it
// serves a campaign (PublicCampaign.accentColor), so the widget never ships this code.
type Rgb = number[]

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))

// WCAG 2 relative luminance.
function luminance(color: Rgb): number {
  const [r = 0, g = 0, b = 0] = color.map((v) =>
    (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4,
  )
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function ratio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)]
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}

/** WCAG contrast ratio of two '#rrggbb' colours, 1 to 21. */
export const contrastRatio = (a: string, b: string): number => ratio(rgb(a), rgb(b))

/**
 * `accent` itself when it reaches `min`:1 against `against`, else the first 5 % step from it
 * towards black (against a light colour) or white (against a dark one) that does. '#rrggbb' in and out.
 */
export function readableAccent(accent: string, against = '#ffffff', min = 4.5): string {
  const base = rgb(accent)
  const other = rgb(against)
  // Above this luminance black contrasts more with `against` than white does.
  const target = luminance(other) > 0.179 ? 0 : 255
  let color = base
  for (let step = 1; step <= 20 && ratio(color, other) < min; step++)
    color = base.map((v) => Math.round(v + ((target - v) * step) / 20))
  return '#' + color.map((v) => v.toString(16).padStart(2, '0')).join('')
}
