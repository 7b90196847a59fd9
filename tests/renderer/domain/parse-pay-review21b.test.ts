import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../renderer/ui/screens/offers/editor/pay-line'

/**
 * Review 21 of the pay parser: lines it read wrong, each now read right or refused by name.
 * Each is read as the offer form reads it (`readPayLine`, which sets unread parts aside and reads
 * the rest again) as well as by the parser alone.
 */
const refusal = (line: string) => {
  const read = readPayLine(line)
  return read.ok ? { read: read.pay } : { code: read.error.code, unread: read.unread }
}

describe('M1: a pre-tax word said of a bonus or sign-on gives no pre-tax base', () => {
  it.each([
    '年终奖税前 5 万，到手月薪 3 万',
    '到手月薪 2.3 万，年终奖税前 10 万',
    '签字费税前 10 万，到手 2.3 万',
    '年终奖 5 万（税前），到手月薪 3 万',
    '税前年终奖 5 万，到手月薪 3 万',
    'sign-on bonus 100k pre-tax, 23k net',
  ])('%s is refused as after tax', (line) => {
    expect(refusal(line)).toEqual({ code: 'after-tax', unread: [] })
    const parsed = parsePay(line)
    expect(parsed.ok ? null : parsed.error.code).toBe('after-tax')
  })

  it.each([
    ['月薪 3 万（税前），到手约 2.3 万', '到手约 2.3 万'],
    ['税前月薪 3 万，税后 2.3 万左右', '税后 2.3 万左右'],
    ['30k gross, 22k net', '22k net'],
  ])('%s: the pre-tax base is still read, the after-tax figure set aside', (line, unread) => {
    const read = readPayLine(line)
    expect(read).toMatchObject({ ok: true, pay: { monthly: { low: 3_000_000 } }, unread: [unread] })
  })
})
