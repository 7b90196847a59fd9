/** Chart text and tooltips in the page's colours, so both themes read (no fixed hex values). */
export const AXIS_TICK = { fill: 'var(--text)', fontSize: 12 }

export const TOOLTIP_STYLE = {
  background: 'var(--surface)',
  border: '1px solid var(--border)',
  borderRadius: 6,
  color: 'var(--text)',
}
