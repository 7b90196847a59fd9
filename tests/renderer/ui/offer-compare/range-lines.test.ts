import { describe, expect, it } from 'vitest'
import { rangeLines } from '../../../../renderer/ui/format/range-lines'

describe('rangeLines (trial 19 #1: a range breaks after its dash, never inside an amount)', () => {
  it('splits an amount range after its dash, the period with the high end', () => {
    expect(rangeLines('51.4万–58.3万/年')).toEqual({ low: '51.4万–', gap: '', high: '58.3万/年' })
    expect(rangeLines('1.46M–1.62M/24 mo')).toEqual({
      low: '1.46M–',
      gap: '',
      high: '1.62M/24 mo',
    })
  })

  it('keeps the space of a percent range between its lines, the signs with their figures', () => {
    expect(rangeLines('−13.3% – +4%')).toEqual({ low: '−13.3% –', gap: ' ', high: '+4%' })
  })

  it('leaves a single figure whole, a minus sign being no dash', () => {
    expect(rangeLines('75万/年')).toBeNull()
    expect(rangeLines('−6.7%')).toBeNull()
    expect(rangeLines('中 · 60/100')).toBeNull()
  })

  it('gives back every character: the figure reads the same, only its break differs', () => {
    for (const value of ['146万–162万/24个月', '+42.9% – +63.3%', '700k–800k/yr']) {
      const lines = rangeLines(value)
      expect(lines && `${lines.low}${lines.gap}${lines.high}`).toBe(value)
    }
  })
})
