import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain'

/**
 * Review 15. A start date in the line ("二月入职") is no pay word: its "月入" was read as the
 * strong monthly word 月入, which outranked the figure's own "/年". And a pay word of the other
 * period than the one the figure carries ("60万/年，月薪") is refused, not let win.
 */
describe('a start date is named whole, never read as a pay word', () => {
  it.each([
    ['60万/年，二月入职', '二月入职'],
    ['50万，二月入职', '二月入职'],
    ['80w，二月入职', '二月入职'],
    ['35万 九月入职', '九月入职'],
    ['60万 下个月入职', '下个月入职'],
    ['3万，明年入职', '明年入职'],
    ['月薪3万，二月入职', '二月入职'],
  ])('%s names %s', (line, fragment) => {
    expect(parsePay(line)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'unreadable', fragment }) as unknown,
    })
  })

  it('names a pay word inside an unread word with the word ("二月底薪资调整")', () => {
    expect(parsePay('60万/年，二月底薪资调整')).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: '二月底薪资调整', at: 6 },
    })
  })

  it('still reads 月入 and 年入 as pay words', () => {
    expect(parsePay('月入 3 万')).toMatchObject({ ok: true, pay: { kind: 'monthly' } })
    expect(parsePay('年入 50 万')).toMatchObject({ ok: true, pay: { kind: 'annual' } })
  })
})

describe('a pay word against the period the figure carries is refused', () => {
  it.each([
    ['60万/年，月薪', '60万/年 / 月薪'],
    ['60万/年 月入', '60万/年 / 月入'],
    ['3万/月，年薪', '3万/月 / 年薪'],
    ['年薪 3万/月', '3万/月 / 年薪'],
    ['月 3 万，年薪', '月 3 万 / 年薪'],
  ])('%s', (line, fragment) => {
    expect(parsePay(line)).toEqual({ ok: false, error: { code: 'period-conflict', fragment } })
  })

  it.each([
    ['年薪 60万/年', 'annual'],
    ['月薪 3万/月', 'monthly'],
    // The bonus's unit, not the base's word
    ['年终奖 2 个月 月薪 25万/年', 'annual'],
    ['年薪 60 万，年终奖 2 个月月薪', 'annual'],
  ])('%s agrees: %s', (line, kind) => {
    expect(parsePay(line)).toMatchObject({ ok: true, pay: { kind } })
  })
})
