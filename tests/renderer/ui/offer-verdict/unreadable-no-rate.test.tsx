// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial 21 #4: a USD offer saved before a USD rate was set was headed "The pay could
 * not be read" and told to "Correct the pay in the form", while the pay had been read and the
 * line between said to set a rate. The verdict now says what is missing: the rate.
 */
function stored(text: string) {
  const persona = storedPersona('p1', [
    {
      id: 'o-usd',
      company: 'OpenAI',
      employerKind: 'big-tech-new-llm-team',
      pay: { base: { kind: 'text', text } },
    },
  ])
  return {
    ...persona,
    sources: { ...persona.sources, settings: { ...persona.sources.settings, exchangeRates: {} } },
  }
}

function box(): string[] {
  const root = document.querySelector('.verdict-unreadable')
  return [...(root?.children ?? [])].map((child) => child.textContent)
}

describe('the verdict on a pay in a currency with no rate yet', () => {
  it('asks for the rate, not for a correction (en)', async () => {
    const { live } = await renderVerdict(stored('$300k base + $625k stock/yr'), 'o-usd', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-usd')
    expect(assessed).toMatchObject({
      ok: false,
      error: { code: 'no-exchange-rate', currency: 'USD' },
    })
    // Review 28 P12: three lines said "set a rate" (the middle one the code's own words), and
    // the intro's colon announced a reading that never came. Once, and drawn as a notice.
    expect(box()).toEqual([
      'Not counted yet: no USD rate',
      'The pay was read, but Tidemark weighs every offer in yuan, and there is no rate for USD yet.',
      'Set the rate (Yuan for 1 USD) in the form, and the verdict appears.',
    ])
    expect(document.querySelector('.verdict-unreadable')?.getAttribute('data-kind')).toBe('no-rate')
  })

  it('asks for the rate, not for a correction (zh-CN)', async () => {
    await renderVerdict(stored('$300k base + $625k stock/yr'), 'o-usd', 'zh-CN')
    expect(box()).toEqual([
      '还没算：没有 USD 汇率',
      '薪资已经读出，但潮位按人民币评估每个 offer，而 USD 还没有汇率。',
      '在表单中设置汇率（1 USD 合多少元）后，结论就会出现。',
    ])
  })

  it('a pay that truly cannot be read keeps its words (en, zh-CN)', async () => {
    await renderVerdict(stored('面议'), 'o-usd', 'en')
    const en = box()
    expect(en[0]).toBe('The pay could not be read')
    expect(en[3]).toBe('Correct the pay in the form, and the verdict appears.')
    cleanup()
    await renderVerdict(stored('面议'), 'o-usd', 'zh-CN')
    const zh = box()
    expect(zh[0]).toBe('读不懂薪资')
    expect(zh[3]).toBe('在表单中改正薪资后，结论就会出现。')
  })
})
