import { describe, expect, it } from 'vitest'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * "年包 95w，年终 3 个月另算" reads as the package plus 3 months, with a note that a month is the
 * package ÷ 12 (ea51ece). Its English forms did not: "extra" and "separately" were left unread,
 * the offer form set them aside and read the rest again, and the bonus beside a package was then
 * refused as inside it (several-amounts). They read as the Chinese does.
 */
describe('a bonus in months said to be apart from a package, in English', () => {
  it.each([
    'package 950k, bonus 3 months extra',
    'package 950k, 3 months bonus extra',
    'total comp 950k, bonus 3 months separately',
    'package 950k, bonus 3 months in addition',
    'package 950k, bonus 3 months on top',
    '年包 95w，年终 3 个月另算',
  ])('%s: 950k a year and 3 months on top, a month said to be ÷ 12', (line) => {
    const read = readPayLine(line)
    expect(read).toMatchObject({
      ok: true,
      pay: { kind: 'annual', annual: { low: 95_000_000 }, bonus: { kind: 'months', months: 3 } },
      unread: [],
    })
    expect(read.ok && read.pay.notes).toContain('bonus-month-of-annual')
  })

  it('with no word saying it is apart, the bonus beside a package is still refused', () => {
    expect(readPayLine('package 950k, bonus 3 months')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts' },
    })
  })
})
