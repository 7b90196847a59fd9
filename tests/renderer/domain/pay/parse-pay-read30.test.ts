import { describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { readPayLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'

describe('read 30 P-2: a count of months joined to the pay is never the year’s', () => {
  // "S$12,000/month and 2 months" read a year of 2 months (S$24k for S$168k): "and" was set
  // aside as a word not read, and the line read again without it took "2 months" as the base's.
  it.each([
    ['S$12,000/month and 2 months', 'and 2 months'],
    ['S$12,000/month with 2 months', 'with 2 months'],
    ['S$12,000/month & 2 months', '& 2 months'],
    ['月薪 3 万 and 2 months', 'and 2 months'],
    ['月薪 3 万 和 2 个月', '和 2 个月'],
    // The added words of 7617854, each on its own, and 加 (a year of 2 months before).
    ['S$12,000/month + 2 months', '2 months'],
    ['S$12,000/month plus 2 months', '2 months'],
    ['月薪 3 万，另加 2 薪', '2 薪'],
    ['月薪 3 万 外加 2 months', '2 months'],
    ['月薪 3 万 加 2 薪', '2 薪'],
    ['月薪 3 万加2薪', '2薪'],
    ['月薪 3 万 再加 2 months', '2 months'],
  ])('%s: 12 months, the count set aside', (line, fragment) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months: 12 }, unread: [fragment] })
  })

  it('sets the count aside with its joining word, before the word alone is named', () => {
    expect(parsePay('S$12,000/month and 2 months')).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: 'and 2 months', at: 15 },
    })
  })

  it('reads no year of months from a probation joined to the pay', () => {
    const read = readPayLine('S$12,000/month with 2 months probation')
    expect(read).toMatchObject({ ok: true, pay: { months: 12 } })
    expect(read.unread).toEqual(['with 2 months', 'probation'])
  })

  it.each([
    // With a bonus word the months are the bonus's, as before.
    ['S$12,000/month with 2 months AWS', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['S$12,000/month and 2 months bonus', { months: 12, bonus: { kind: 'months', months: 2 } }],
    // A count of 12 or more joined to the pay is still the year's ("with 13 months").
    ['S$12,000/month with 13 months', { months: 13 }],
    ['S$12,000/month + 13 months', { months: 13 }],
    // …and one said as the base's, not joined, however few (new-user trial 11).
    ['60k × 10薪', { months: 10 }],
    ['$10k/month, 10 months', { months: 10 }],
    ['月薪 3 万 x 10 months', { months: 10 }],
  ])('%s: read as before', (line, pay) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay })
  })
})

describe('read 30: the 13th month is one month on top of twelve', () => {
  // "13-month AWS" was a bonus of 13 months (S$156k on top of S$144k); "13th month AWS" was
  // refused as two figures ("12,000 / 13").
  it.each([
    'S$12,000/month, 13-month AWS',
    'S$12,000/month + 13th month AWS',
    'S$12,000/month + 13th month',
    'S$12,000/month, 13th-month pay',
    'S$12,000/month + AWS (13th month)',
    'S$12,000/month + AWS: 13th month',
    'S$12,000/month + 13 month bonus',
    'S$12,000/month + 13 months AWS',
    '月薪 3 万，13th month',
  ])('%s: a bonus of 1 month', (line) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { months: 12, bonus: { kind: 'months', months: 1 } },
      unread: [],
    })
  })

  it.each([
    // A count of months of AWS or bonus other than 13 is that count, as before.
    ['S$12,000/month + 2-month AWS', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['S$12,000/month + 1-month AWS', { months: 12, bonus: { kind: 'months', months: 1 } }],
    // …and 13 months of a bonus said as a count may be thirteen.
    ['月薪 3 万，年终奖 13 个月', { months: 12, bonus: { kind: 'months', months: 13 } }],
    ['S$12,000/month + 13 months bonus', { months: 12, bonus: { kind: 'months', months: 13 } }],
    // The base's 13 months are still the base's.
    ['S$12,000 × 13 months', { months: 13, bonus: null }],
    ['月薪 3 万，13 薪', { months: 13, bonus: null }],
  ])('%s: read as before', (line, pay) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay, unread: [] })
  })
})

describe('the thousands of a figure are no count of months', () => {
  // "S$12,000/month two months": once "two" was set aside, "000 months" (of "12,000") was read
  // as a count and refused, "months must be from 1 to 24".
  it('reads the pay and sets the words aside', () => {
    expect(readPayLine('S$12,000/month two months')).toMatchObject({
      ok: true,
      pay: { monthly: { low: 1_200_000 }, months: 12 },
      unread: ['two', 'months'],
    })
  })

  it('names both figures of "12,000 … 2,000 months"', () => {
    expect(readPayLine('S$12,000/month, 2,000 months')).toMatchObject({
      ok: false,
      error: { code: 'several-amounts', fragment: '12,000 / 2,000' },
    })
  })

  it.each([
    ['月薪 25,000,13 薪', 13],
    ['2w5,14薪', 14],
  ])('%s: a count after a comma is still one', (line, months) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months }, unread: [] })
  })
})

describe('read 30 review: a bare count under 12 with words after it is not the year’s', () => {
  // "30k/month, 3 months probation" read a year of 3 months (90k): "probation" was set aside as
  // a word not read, and the line read again without it ended with "3 months", taken as the
  // base's. A bare count is now set aside first, before the words after it are named.
  it.each([
    ['30k/month, 3 months probation', ['3 months', 'probation']],
    ['S$12,000/month, 2 months notice', ['2 months', 'notice']],
    ['S$12,000/month, 2 months notice, bonus 1 month', ['2 months', 'notice']],
  ])('%s: 12 months, the count set aside', (line, unread) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months: 12 }, unread })
  })

  it('names the count before the word after it', () => {
    expect(parsePay('30k/month, 3 months probation')).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment: '3 months', at: 11 },
    })
  })

  it('reads no year of 2 months from "2 months AWS and S$12,000/month"', () => {
    expect(readPayLine('2 months AWS and S$12,000/month')).toMatchObject({
      ok: true,
      pay: { months: 12 },
    })
  })

  it.each([
    // A count that ends its clause, or whose clause ends with words read, is the base's (new-user
    // trial 11), as is one said with 薪 or "×".
    ['$10k/month, 10 months', 10],
    ['$10k/month, 10 months, bonus 50k', 10],
    ['$10k/month, 10 months salary', 10],
    ['$10k/month 10 months a year', 10],
    ['$10k/month, 10 months bonus 50k', 10],
    ['$10k/month (10 months)', 10],
    ['$10k/month, 10 months. Probation', 10],
    ['$10k × 10 months probation', 10],
    ['60k × 10薪 probation', 10],
  ])('%s: read as before', (line, months) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months } })
  })
})

describe('read 30 review: the "x" ending a word is no "×"', () => {
  // "S$12,000/month, approx 13th month" was read as "× 13 months" (13 months, "appro" and "th"
  // unread), and "approx 2 months bonus" as a year of 2 months.
  it.each([
    ['S$12,000/month, approx 13th month', 'approx'],
    ['S$12,000/month, max 13th month', 'max'],
  ])('%s: 12 months and a 13th month, "%s" unread whole', (line, word) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { months: 12, bonus: { kind: 'months', months: 1 } },
      unread: [word],
    })
  })

  it.each([
    ['S$12,000/month, approx 2 months bonus', 'approx'],
    ['S$12,000/month, max 2 months AWS', 'max'],
  ])('%s: a bonus of 2 months on twelve', (line, word) => {
    expect(readPayLine(line)).toMatchObject({
      ok: true,
      pay: { months: 12, bonus: { kind: 'months', months: 2 } },
      unread: [word],
    })
  })

  it('S$12,000/month, max 13 薪: "max" unread whole', () => {
    expect(readPayLine('S$12,000/month, max 13 薪')).toMatchObject({
      ok: true,
      pay: { months: 13 },
      unread: ['max'],
    })
  })

  it.each([
    // An "x" alone or after a figure's unit is still "×".
    ['30kx15', 15],
    ['1.5wx15', 15],
    ['30K x 13', 13],
    ['月薪3万x(12+3)薪', 15],
    ['S$12,000/month x 10 months', 10],
  ])('%s: read as before', (line, months) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months }, unread: [] })
  })
})

describe('read 30 review: a joining word between two parts read is read with them', () => {
  // "S$12,000/month and 2 months AWS" read the AWS with "and" listed as not read; "2 months AWS
  // and S$12,000/month" read no AWS at all: without "and", "AWS" stood before the figure.
  it.each([
    ['S$12,000/month and 2 months AWS', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['S$12,000/month, and 2 months AWS', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['2 months AWS and S$12,000/month', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['2 months bonus & S$12,000/month', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['HK$80k/month with 12 months', { months: 12 }],
    ['HK$80k/month with 13 months', { months: 13 }],
    ['月薪3万和年终2个月', { months: 12, bonus: { kind: 'months', months: 2 } }],
    ['月薪 3 万 和 年终奖 5 万', { months: 12, bonus: { kind: 'amount' } }],
  ])('%s: nothing left unread', (line, pay) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay, unread: [] })
  })

  it.each([
    // A joining word with no part read after it is still named.
    ['S$12,000/month and', ['and']],
    ['S$12,000/month with RSU', ['with', 'RSU']],
    // …and one before a count under 12 goes with the count, as before.
    ['S$12,000/month with 2 months probation', ['with 2 months', 'probation']],
  ])('%s: named as before', (line, unread) => {
    expect(readPayLine(line)).toMatchObject({ ok: true, pay: { months: 12 }, unread })
  })
})
