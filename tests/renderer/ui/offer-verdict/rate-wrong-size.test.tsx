// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { storedProfileSchema } from '../../../../renderer/data/records'
import {
  assessWithDraft,
  type StoredForAssessment,
} from '../../../../renderer/ui/hooks/use-assessment'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * Review R-1: a rate saved before the size check (or imported), 92 for the Hong Kong dollar (a
 * bank's yuan per 100 HKD), is still the user's rate and still converts the offer, which then
 * reads a raise of thousands of percent. The verdict says why, above the figures.
 */
const HKD_OFFER = {
  id: 'o-hkd',
  company: 'Harbour Quant',
  role: 'LLM engineer',
  employerKind: 'startup',
  pay: { currency: 'HKD', base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } } },
  taxedInChina: false,
  roleDomains: ['nlp'],
}

function stored(
  rates: Record<string, number>,
  currentPay?: Record<string, unknown>,
  taxedInChina = true,
): StoredForAssessment {
  const persona = storedPersona('p1', [HKD_OFFER])
  const profile = persona.sources.profile
  return {
    ...persona,
    sources: {
      ...persona.sources,
      // Through the stored schema, as an import would bring it in.
      profile:
        profile && currentPay
          ? storedProfileSchema.parse({
              ...profile,
              currentPay,
              ...(taxedInChina ? {} : { currentPayTaxedInChina: false }),
            })
          : profile,
      settings: { ...persona.sources.settings, exchangeRates: rates },
    },
  }
}

describe('a saved rate of the wrong size in the verdict', () => {
  it('is still the rate the engine converts with (the user’s data is theirs)', () => {
    const live = assessWithDraft(stored({ HKD: 92 }))
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-hkd')
    if (!assessed?.ok) throw new Error('not assessed')
    expect(assessed.pay.rateToCny).toBe(92)
    // 900k–1M HKD at 92 yuan: 82.8–92 million yuan, in fen.
    expect(assessed.pay.totalRecurring).toEqual({ low: 8_280_000_000, high: 9_200_000_000 })
  })

  it.each([
    [
      'en',
      'These figures are converted at 92 yuan per HKD, the rate saved, which looks wrong: 1 HKD is about 0.92 yuan; 92 is far from that (a bank’s rate for 100 HKD?). Enter the yuan that 1 HKD buys. Correct the HKD rate',
      'Correct the HKD rate',
    ],
    [
      'zh-CN',
      '以下金额按已保存的汇率 1 HKD = 92 元折算，这个汇率看来有误：1 HKD 约合 0.92 元，92 与此相差太远（是否填成了银行每 100 HKD 的报价？）。请填写 1 HKD 合多少元。 修改 HKD 汇率',
      '修改 HKD 汇率',
    ],
  ] as const)(
    'is said above the pay’s figures, with a way to the rate (%s)',
    async (language, said, button) => {
      await renderVerdict(stored({ HKD: 92 }), 'o-hkd', language)
      const note = screen.getByTestId('rate-wrong')
      expect(note.textContent).toBe(said)
      expect(note.className).toContain('verdict-warning')
      // Before the raise and the totals it makes absurd, in the pay section.
      const section = note.closest('section')
      expect(section?.getAttribute('aria-labelledby')).toBe('verdict-pay-title')
      const figures = section?.querySelector('.verdict-figures')
      expect(figures).toBeTruthy()
      if (!figures) return
      expect(note.compareDocumentPosition(figures) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      expect(screen.getByRole('button', { name: button })).toBeTruthy()
    },
  )

  it('says nothing for a rate of the right size, or for a yuan pay', async () => {
    await renderVerdict(stored({ HKD: 0.92 }), 'o-hkd', 'en')
    expect(screen.queryByTestId('rate-wrong')).toBeNull()
    cleanup()
    // A yuan offer beside it: the HKD rate is not its.
    await renderVerdict(stored({ HKD: 92 }), 'o-ev-maker', 'en')
    expect(screen.getByRole('heading', { name: 'What it pays' })).toBeTruthy()
    expect(screen.queryByTestId('rate-wrong')).toBeNull()
  })

  it.each([
    [
      'en',
      'Your current pay, which the raise is measured against, is converted at 720 yuan per USD, the rate saved, which looks wrong: 1 USD is about 7.2 yuan; 720 is far from that (a bank’s rate for 100 USD?). Enter the yuan that 1 USD buys. Correct it in your profile',
    ],
    [
      'zh-CN',
      '涨幅所对比的当前薪资按已保存的汇率 1 USD = 720 元折算，这个汇率看来有误：1 USD 约合 7.2 元，720 与此相差太远（是否填成了银行每 100 USD 的报价？）。请填写 1 USD 合多少元。 到当前薪资处修改',
    ],
  ] as const)(
    'names the current pay’s rate where it is of the wrong size (%s)',
    async (language, said) => {
      const currentPay = {
        currency: 'USD',
        base: { kind: 'monthly', monthly: { low: 8_000, high: 8_000 }, months: 12 },
      }
      await renderVerdict(stored({ HKD: 0.92, USD: 720 }, currentPay), 'o-hkd', language)
      expect(screen.queryByTestId('rate-wrong')).toBeNull()
      const note = screen.getByTestId('current-rate-wrong')
      expect(note.textContent).toBe(said)
      expect(note.querySelector('a')?.getAttribute('href')).toBe('#/skills')
    },
  )

  it('names it for a current pay taxed outside mainland China too: the raise is still measured from it', async () => {
    const currentPay = {
      currency: 'USD',
      base: { kind: 'monthly', monthly: { low: 8_000, high: 8_000 }, months: 12 },
    }
    await renderVerdict(stored({ HKD: 0.92, USD: 720 }, currentPay, false), 'o-hkd', 'en')
    expect(screen.getByTestId('current-rate-wrong').textContent).toContain('720 yuan per USD')
  })

  it.each([
    [
      'en',
      'The options, priced in USD, are converted at 720 yuan per USD, the rate saved, which looks wrong: 1 USD is about 7.2 yuan; 720 is far from that (a bank’s rate for 100 USD?). Enter the yuan that 1 USD buys. Correct the USD rate',
    ],
    [
      'zh-CN',
      '期权以 USD 计价，按已保存的汇率 1 USD = 720 元折算，这个汇率看来有误：1 USD 约合 7.2 元，720 与此相差太远（是否填成了银行每 100 USD 的报价？）。请填写 1 USD 合多少元。 修改 USD 汇率',
    ],
  ] as const)(
    'names the options’ rate where they are priced in another currency at a wrong size (review 28 L4, %s)',
    async (language, said) => {
      const persona = storedPersona('p1', [USD_OPTIONS_OFFER])
      const rates = (USD: number) => ({
        ...persona,
        sources: {
          ...persona.sources,
          settings: { ...persona.sources.settings, exchangeRates: { USD } },
        },
      })
      await renderVerdict(rates(720), 'o-usd-options', language)
      // The yuan pay's own rate is fine: only the options' is named.
      expect(screen.queryByTestId('rate-wrong')).toBeNull()
      expect(screen.getByTestId('options-rate-wrong').textContent).toBe(said)
      cleanup()
      await renderVerdict(rates(7.2), 'o-usd-options', language)
      expect(screen.queryByTestId('options-rate-wrong')).toBeNull()
    },
  )
})

/** A yuan offer with options priced in US dollars. */
const USD_OPTIONS_OFFER = {
  id: 'o-usd-options',
  company: 'Startup',
  role: 'LLM engineer',
  employerKind: 'startup',
  pay: {
    base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 16 },
    options: {
      count: 10_000,
      strikePrice: 0.5,
      sharePrice: { low: 2, high: 2 },
      currency: 'USD',
      schedule: [25, 25, 25, 25],
    },
  },
  roleDomains: ['nlp'],
}

describe('the current pay’s options at a rate of the wrong size (review 31 #2)', () => {
  it.each([
    [
      'en',
      'Your current pay’s options, which the raise is measured against, are converted at 720 yuan per USD, the rate saved, which looks wrong',
    ],
    ['zh-CN', '涨幅所对比的当前薪资中的期权按已保存的汇率 1 USD = 720 元折算，这个汇率看来有误'],
  ] as const)('are named, with the way to the profile (%s)', async (language, said) => {
    const currentPay = {
      base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 },
      options: {
        currency: 'USD',
        count: 10_000,
        strikePrice: 1,
        sharePrice: { low: 3, high: 3 },
        schedule: [25, 25, 25, 25],
      },
    }
    await renderVerdict(stored({ HKD: 0.92, USD: 720 }, currentPay), 'o-hkd', language)
    expect(screen.queryByTestId('rate-wrong')).toBeNull()
    expect(screen.queryByTestId('current-rate-wrong')).toBeNull()
    const note = screen.getByTestId('current-options-rate-wrong')
    expect(note.textContent).toContain(said)
    expect(note.querySelector('a')?.getAttribute('href')).toBe('#/skills')
  })

  it('says nothing at 7.2 yuan per USD', async () => {
    const currentPay = {
      base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 },
      options: {
        currency: 'USD',
        count: 10_000,
        strikePrice: 1,
        sharePrice: { low: 3, high: 3 },
        schedule: [25, 25, 25, 25],
      },
    }
    await renderVerdict(stored({ HKD: 0.92, USD: 7.2 }, currentPay), 'o-hkd', 'en')
    expect(screen.getByRole('heading', { name: 'What it pays' })).toBeTruthy()
    expect(screen.queryByTestId('current-options-rate-wrong')).toBeNull()
  })
})
