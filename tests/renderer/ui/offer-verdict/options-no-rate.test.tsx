// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import type { TFunction } from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { totalNotes } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * Options priced in USD on a CNY offer, with no USD rate set yet, made the whole offer
 * unreadable ("no exchange rate"): its cash pay went unweighed for want of a rate for the
 * options alone. The offer is weighed without them; the verdict says why, with a way to the rate.
 */
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

function stored() {
  const persona = storedPersona('p1', [USD_OPTIONS_OFFER])
  return {
    ...persona,
    sources: { ...persona.sources, settings: { ...persona.sources.settings, exchangeRates: {} } },
  }
}

describe('options in a currency with no rate', () => {
  it('leave the offer weighed without them', () => {
    const live = assessWithDraft(stored())
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-usd-options')
    expect(assessed?.ok).toBe(true)
    if (!assessed?.ok) return
    expect(assessed.pay.options).toBeNull()
    expect(assessed.pay.optionsUncounted).toEqual({ reason: 'no-exchange-rate', currency: 'USD' })
    expect(assessed.pay.totalRecurring).toEqual({ low: 80_000_000, high: 80_000_000 })
  })

  it('the verdict says why, with a way to the rate (en)', async () => {
    await renderVerdict(stored(), 'o-usd-options', 'en')
    expect(screen.getByTestId('options-uncounted').textContent).toBe(
      'Options not counted: they are priced in USD, and no exchange rate for USD is set. The totals, the tax and the raise above leave them out until you set one. Set the USD rate',
    )
    expect(screen.getByRole('button', { name: 'Set the USD rate' })).toBeTruthy()
  })

  it('the verdict says why, with a way to the rate (zh-CN)', async () => {
    await renderVerdict(stored(), 'o-usd-options', 'zh-CN')
    expect(screen.getByTestId('options-uncounted').textContent).toBe(
      '期权未计入：期权以 USD 计价，但还没有设置 USD 的汇率。设置之前，上面的总收入、税和涨幅都不含期权。 设置 USD 汇率',
    )
    expect(screen.getByRole('button', { name: '设置 USD 汇率' })).toBeTruthy()
  })

  it('the comparison says so under the total, en and zh-CN', async () => {
    const live = assessWithDraft(stored())
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-usd-options')
    if (!assessed?.ok) throw new Error('not assessed')
    const notes = async (language: UiLanguage) => {
      const i18n = await createI18n(language)
      const t = i18n.t.bind(i18n) as TFunction
      return totalNotes(assessed.pay, { t, language, ruleset: live.ruleset })
    }
    expect(await notes('en')).toEqual(['options not counted: no USD rate'])
    expect(await notes('zh-CN')).toEqual(['期权未计入：没有 USD 汇率'])
  })
})
