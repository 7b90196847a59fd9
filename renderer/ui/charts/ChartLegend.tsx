import type { DefaultLegendContentProps } from 'recharts'

/** recharts' own legend markup and look (a 14 px bar swatch in a 32-unit box, the series'
 *  colour on its name), minus the swatch's accessible name. */
const ICON_SIZE = 14
const ICON_VIEW_BOX = '0 0 32 32'
const BAR_SWATCH = 'M0,4h32v24h-32z'
const LIST_STYLE = { padding: 0, margin: 0, textAlign: 'center' } as const
const ITEM_STYLE = { display: 'inline-block', marginRight: 10, whiteSpace: 'nowrap' } as const
const ICON_STYLE = { display: 'inline-block', verticalAlign: 'middle', marginRight: 4 } as const

/**
 * A bar chart's legend: each series' swatch and name. recharts names each swatch
 * "<series> legend icon", in English whatever the page's language (new-user trial 11), and
 * the name beside it already says the series: the swatch is decoration, hidden from
 * assistive technology.
 */
export function ChartLegend({ payload }: DefaultLegendContentProps) {
  if (!payload?.length) return null
  return (
    <ul className="recharts-default-legend" style={LIST_STYLE}>
      {payload.map((entry, index) =>
        entry.type === 'none' ? null : (
          <li
            key={String(entry.dataKey ?? index)}
            className={`recharts-legend-item legend-item-${String(index)}`}
            style={ITEM_STYLE}
          >
            <svg
              width={ICON_SIZE}
              height={ICON_SIZE}
              viewBox={ICON_VIEW_BOX}
              style={ICON_STYLE}
              aria-hidden="true"
              focusable="false"
            >
              <path stroke="none" fill={entry.color} d={BAR_SWATCH} />
            </svg>
            <span
              className="recharts-legend-item-text"
              style={{ color: entry.color, whiteSpace: 'normal', overflowWrap: 'break-word' }}
            >
              {entry.value}
            </span>
          </li>
        ),
      )}
    </ul>
  )
}
