import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * A sign-on said to be left out of the figure ("not including", "不含", "not included") is paid
 * on top, and the words that say so are read with it (docs/user-trial.md: "800k, not including
 * sign-on 100k" was refused as a sign-on inside the 800k, the offer form having set "not" aside
 * and read "including"; "不含" was listed as a part not read). English and Chinese alike.
 */
const onTop = (line: string) => {
  const read = readPayLine(line)
  return read.ok
    ? {
        base: read.pay.kind === 'annual' ? read.pay.annual.low : read.pay.monthly.low,
        signOn: read.pay.signOn,
        unread: read.unread,
      }
    : read
}

const SIGN_ON_100K = { low: 10_000_000, high: 10_000_000 }

describe('a sign-on left out of the figure is on top, nothing left unread', () => {
  it.each([
    '800k, not including sign-on 100k',
    '800k, not incl. sign-on 100k',
    '800k, excluding sign-on 100k',
    '800k, excl. sign-on 100k',
    '800k, sign-on 100k not included',
    '800k, sign-on 100k excluded',
    '年包 80w，不含签字费 10w',
    '年包 80w，未含签字费 10w',
    '年包 80w（不包含签字费 10w）',
    '年包 80w，签字费 10w 不含在内',
  ])('%s: 800k a year and a 100k sign-on', (line) => {
    expect(onTop(line)).toEqual({ base: 80_000_000, signOn: SIGN_ON_100K, unread: [] })
    // The parser alone reads it too: nothing for the form to set aside.
    expect(parsePay(line)).toMatchObject({ ok: true, pay: { signOn: SIGN_ON_100K } })
  })

  it.each([
    ['base 50k x 15 + sign-on 100k', 5_000_000],
    ['45k RMB/month x 15, sign-on 100k', 4_500_000],
  ])('%s: the monthly base and a 100k sign-on', (line, base) => {
    expect(onTop(line)).toEqual({ base, signOn: SIGN_ON_100K, unread: [] })
  })

  it('a sign-on said to be inside is still refused, in English as in Chinese', () => {
    for (const line of ['800k, including sign-on 100k', '年包 80w，含签字费 10w']) {
      expect(readPayLine(line)).toMatchObject({
        ok: false,
        error: { code: 'several-amounts', why: 'sign-on-inside' },
      })
    }
  })
})
