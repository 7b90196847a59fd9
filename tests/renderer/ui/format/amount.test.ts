import { describe, expect, it, vi } from 'vitest'
import type { Fen } from '../../../../renderer/domain/money'
import {
  formatChange,
  formatChangeRange,
  formatFenRange,
  formatPoints,
  formatYuan,
} from '../../../../renderer/ui/format/amount'

const fen = (yuan: number) => (yuan * 100) as Fen

describe('amounts as users read them', () => {
  it('writes 万 and 亿 in Chinese, 元 below ten thousand', () => {
    expect(formatYuan(1_680_000, 'zh-CN')).toBe('168万')
    expect(formatYuan(35_000, 'zh-CN')).toBe('3.5万')
    expect(formatYuan(8_500, 'zh-CN')).toBe('8,500元')
    expect(formatYuan(250_000_000, 'zh-CN')).toBe('2.5亿')
  })

  it('gives Chinese the three significant figures English has (offers23: 1.4万 beside 14.4k)', () => {
    expect(formatYuan(14_400, 'zh-CN')).toBe('1.44万')
    expect(formatYuan(14_400, 'en')).toBe('14.4k')
    expect(formatYuan(67_500, 'zh-CN')).toBe('6.75万')
    expect(formatYuan(144_000, 'zh-CN')).toBe('14.4万')
    expect(formatYuan(1_440_000, 'zh-CN')).toBe('144万')
    expect(formatYuan(-29_600, 'zh-CN')).toBe('−2.96万')
  })

  it('writes k and M in English', () => {
    expect(formatYuan(1_680_000, 'en')).toBe('1.68M')
    expect(formatYuan(35_000, 'en')).toBe('35k')
    expect(formatYuan(120_500, 'en')).toBe('121k')
    expect(formatYuan(950, 'en')).toBe('950')
    expect(formatYuan(-42_000, 'en')).toBe('\u221242k')
  })

  it('keeps a range a range, with its period', () => {
    const range = { low: fen(1_680_000), high: fen(2_100_000) }
    expect(formatFenRange(range, 'zh-CN', 'year')).toBe('168万–210万/年')
    expect(formatFenRange(range, 'en', 'year')).toBe('1.68M–2.1M/yr')
    expect(formatFenRange({ low: fen(120_000), high: fen(150_000) }, 'en', 'month')).toBe(
      '120k–150k/mo',
    )
  })

  it('prints a point range once', () => {
    expect(formatFenRange({ low: fen(500_000), high: fen(500_000) }, 'zh-CN')).toBe('50万')
  })

  it('signs changes and points', () => {
    expect(formatChange(0.2, 'en')).toBe('+20%')
    expect(formatChange(0, 'en')).toBe('0%')
    expect(formatChangeRange({ low: 0, high: 0.2 }, 'zh-CN')).toBe('0% – +20%')
    expect(formatPoints(26.3, 'en')).toBe('+26.3')
    expect(formatPoints(-5, 'en')).toBe('\u22125')
    expect(formatChange(-0.05, 'zh-CN')).toBe('\u22125%')
    expect(formatChangeRange({ low: -0.1, high: 0.2 }, 'en')).toBe('\u221210% – +20%')
  })

  it('makes each formatter once per language and options, however often it formats', () => {
    const format = () => [
      formatYuan(1_680_000, 'zh-CN'),
      formatYuan(35_000, 'en'),
      formatChange(0.2, 'en'),
      formatPoints(-5, 'zh-CN'),
    ]
    const first = format()
    const made = vi.spyOn(Intl, 'NumberFormat')
    try {
      for (let round = 0; round < 50; round++) expect(format()).toEqual(first)
      expect(made).not.toHaveBeenCalled()
      // A new option set still gets its own formatter, not another's.
      expect(formatYuan(8_500, 'zh-CN')).toBe('8,500元')
      expect(formatYuan(250_000_000, 'zh-CN')).toBe('2.5亿')
    } finally {
      made.mockRestore()
    }
  })
})
