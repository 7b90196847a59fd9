// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/** P1's offer with a stored text pay (an imported or old record) the parser refuses. */
function withTextPay(text: string) {
  return storedPersona('p1', [
    {
      id: 'o-text',
      company: '某造车新势力',
      employerKind: 'other-industry-new-llm-team',
      pay: { base: { kind: 'text', text } },
    },
  ])
}

function said(): string {
  return document.querySelector('.verdict-unreadable-what')?.textContent ?? ''
}

describe('the verdict on a text pay the parser refuses says why, as the offer form does', () => {
  it.each([
    [
      'stock-cliff',
      '月薪 3 万，RSU 20 万分 4 年，1 年 cliff',
      '“1 年 cliff” is a cliff: it changes when the stock first vests, which Tidemark does not guess from the pay’s text. Enter the grant and its vesting under Stock, and take the stock out of the pay’s text.',
    ],
    [
      'stock-currency',
      '月薪 5 万 × 16，RSU $100k over 4 years',
      '“RSU $100k over 4 years”: the stock is in another currency than the base pay. Enter it under Stock, and take the stock out of the pay’s text.',
    ],
    [
      'stock-years-missing',
      '月薪 3 万，RSU 20 万，分期归属',
      '“RSU 20 万,分期归属” does not say over how many years the stock vests: add it (“RSU 200k over 4 years”), or enter the grant and its vesting under Stock.',
    ],
    [
      'stock-bad-years',
      '月薪 3 万，RSU 20 万分 2.5 年',
      '“RSU 20 万分 2.5 年”: the vesting years must be a whole number from 1 to 10. Or enter the grant and its vesting under Stock.',
    ],
    [
      'stock-uneven',
      '月薪 3 万，RSU 20 万分 4 年，10/20/30/40',
      '“10/20/30/40”: Tidemark reads stock from the pay’s text only as a grant vesting evenly over the years it gives, and this is not one. Enter the grant and its schedule (10/20/30/40…) under Stock, and take the stock out of the pay’s text.',
    ],
    [
      'stock-without-base',
      'RSU $100k over 4 years',
      'Only stock found (“RSU $100k over 4 years”): add the base pay.',
    ],
    [
      'period-conflict',
      '60万/年，月薪',
      'The figure gives its own period, and a pay word says the other (“60万/年 / 月薪”): keep one of the two.',
    ],
  ])('%s (en)', async (code, text, words) => {
    const { live } = await renderVerdict(withTextPay(text), 'o-text', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-text')
    expect(assessed).toMatchObject({ ok: false, error: { code: 'unreadable' }, refusal: code })
    expect(said()).toBe(words)
    expect(said()).not.toMatch(/^It could not read/)
  })

  it('in Chinese', async () => {
    await renderVerdict(withTextPay('月薪 3 万，RSU 20 万分 4 年，1 年 cliff'), 'o-text', 'zh-CN')
    expect(said()).toBe(
      '“1 年 cliff”是 cliff（等待期）：它决定股票何时开始归属，潮位不从薪资文字里猜。请在“股票”中填写授予总额和归属安排，并从薪资文字中去掉股票部分。',
    )
    cleanup()
    await renderVerdict(withTextPay('60万/年，月薪'), 'o-text', 'zh-CN')
    expect(said()).toBe(
      '数字自带的周期与薪资用词说的不一致（“60万/年 / 月薪”）：请只保留其中一个。',
    )
  })

  it('keeps the plain “could not read” for a part that is simply unread', async () => {
    await renderVerdict(withTextPay('50k 外加餐补若干'), 'o-text', 'en')
    expect(said()).toBe('It could not read “餐补”.')
  })
})
