// Displays (and, darker, clicks) per day as bars: a small inline SVG, no chart library. The table
// below the chart carries the exact numbers, so the chart itself is marked as an image with a
// summary for screen readers.
import type { DayFigures } from '../../reach/campaignFigures'
import { dayLabel } from '../../reach/figuresTable'

const HEIGHT = 140
const BAR = 14
const GAP = 4

export const ReachChart = ({
  days,
  language,
  label,
}: {
  days: DayFigures[]
  language: 'vi' | 'en'
  label: string
}) => {
  const most = Math.max(1, ...days.map((day) => day.displays))
  const width = Math.max(days.length * (BAR + GAP), 1)
  const scale = (value: number) => Math.round((value / most) * (HEIGHT - 16))
  return (
    <svg
      className="reach-figures__chart"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${HEIGHT + 2}`}
      width="100%"
      height={HEIGHT + 2}
      preserveAspectRatio="none"
    >
      <line x1={0} x2={width} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeOpacity={0.3} />
      {days.map((day, index) => {
        const x = index * (BAR + GAP)
        const shown = scale(day.displays)
        const clicked = scale(day.clicks)
        return (
          <g key={day.day}>
            <title>{`${dayLabel(day.day, language)}: ${day.displays} / ${day.clicks}`}</title>
            <rect x={x} y={HEIGHT - shown} width={BAR} height={shown} fill="#6fa8dc" />
            <rect x={x + 3} y={HEIGHT - clicked} width={BAR - 6} height={clicked} fill="#0b5394" />
          </g>
        )
      })}
    </svg>
  )
}
