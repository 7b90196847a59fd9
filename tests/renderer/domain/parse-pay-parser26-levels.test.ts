import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * ByteDance's bare levels ("字节 2-2") are no figure of the pay: they were read as a second amount
 * and the whole line refused ("2-2 / 4 万"). Read as the offer form reads a line, which sets the
 * named level aside and reads the rest.
 */
const reading = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? { pay: read.pay, unread: read.unread }
    : { error: read.error, unread: read.unread }
}

describe('a ByteDance level is set aside, not read as a figure', () => {
  it.each([
    ['字节 2-2，月薪 4 万 × 15', '2-2', { monthly: { low: 4_000_000 }, months: 15 }],
    ['字节 2-2 月薪 4 万 × 15', '2-2', { monthly: { low: 4_000_000 }, months: 15 }],
    ['字节跳动 3-1，年包 100 万', '3-1', { annual: { low: 100_000_000 } }],
    ['抖音 2-1，月薪 3 万 × 15', '2-1', { monthly: { low: 3_000_000 }, months: 15 }],
    ['字节 2-2 级，月薪 4 万 × 15', '2-2 级', { monthly: { low: 4_000_000 }, months: 15 }],
    ['字节 1-2 到 2-1，月薪 3-4 万 × 15', '1-2 到 2-1', { monthly: { high: 4_000_000 } }],
    ['ByteDance level 2-2, base 40k x 15', '2-2', { monthly: { low: 4_000_000 }, months: 15 }],
    ['2-1 级，月薪 3 万 × 15', '2-1 级', { monthly: { low: 3_000_000 }, months: 15 }],
  ])('%s reads the pay, %s set aside', (line, level, pay) => {
    const read = reading(line)
    expect(read).toMatchObject({ pay })
    expect('unread' in read && read.unread).toContain(level)
  })

  it.each([
    ['腾讯 T3-1，月薪 4 万 × 16', 'T3-1'],
    ['阿里 P7-P8，年薪 80 万', 'P7-P8'],
  ])('%s: a lettered level was set aside already, %s', (line, level) => {
    expect(reading(line).unread).toContain(level)
  })

  it.each([
    ['月薪 2-3 万', { low: 2_000_000, high: 3_000_000 }],
    ['2-3万', { low: 2_000_000, high: 3_000_000 }],
    ['字节 2-2，月薪 2-2.5 万', { low: 2_000_000, high: 2_500_000 }],
  ])('%s: a range with its unit is still a range', (line, monthly) => {
    expect(reading(line)).toMatchObject({ pay: { monthly } })
  })
})
