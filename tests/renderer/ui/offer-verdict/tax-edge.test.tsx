// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import type { TFunction } from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { cliffWarnings } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial 12: the tax-edge warning (a year-end bonus just past an edge of the bonus
 * table, where a little more bonus leaves less after tax) showed only in the comparison: P1's
 * current 50k × 15 (a 150k bonus, 6k past 144k) was said under "Current job" there and nowhere
 * on an offer's verdict, and the verdict said an offer's own in other words. The verdict now
 * says both, in the comparison's words, from the same rule (the engine's bonusCliff).
 */
const pastEdge = {
  id: 'o-edge',
  company: 'Edge AI',
  employerKind: 'big-tech-new-llm-team',
  city: '北京',
  // 40k × 16: a 160k bonus, 16k past 144k, costing 16.4k more tax.
  pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 16 } },
}

const clear = {
  ...pastEdge,
  id: 'o-clear',
  company: 'Clear AI',
  // 62k × 16: a 248k bonus, far from an edge.
  pay: { base: { kind: 'monthly', monthly: { low: 62_000, high: 62_000 }, months: 16 } },
}

const WORDS = {
  en: {
    offer:
      'The bonus is 16k yuan past a tax edge (144k): those 16k yuan cost 16.4k more tax. Asking for 16k yuan less, or moving it to wages, leaves you better off.',
    current:
      'Your current job: The bonus is 6k yuan past a tax edge (144k): those 6k yuan cost 14.4k more tax.',
  },
  'zh-CN': {
    offer:
      '年终奖比税率临界点（14.4万）多出 1.6万：这 1.6万要多缴个税 1.64万。少要 1.6万，或改成月薪发放，到手反而更多。',
    current:
      '你现在的工作：年终奖比税率临界点（14.4万）多出 6,000元：这 6,000元要多缴个税 1.44万。',
  },
} as const satisfies Record<UiLanguage, unknown>

const warnings = () =>
  [...document.querySelectorAll('.verdict-warning')].map((warning) => warning.textContent)
const currentNotes = () => screen.queryAllByTestId('current-cliff').map((note) => note.textContent)

describe('the tax-edge warning on an offer’s verdict', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`says the offer's and the current job's, as the comparison does (${language})`, async () => {
      const { live } = await renderVerdict(storedPersona('p1', [pastEdge]), 'o-edge', language)
      expect(warnings()).toEqual([WORDS[language].offer])
      expect(currentNotes()).toEqual([WORDS[language].current])

      // The comparison's own cells, from the same assessment: the same sentences.
      const i18n = await createI18n(language)
      const context = { t: i18n.t.bind(i18n) as TFunction, language, ruleset: live.ruleset }
      const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-edge')
      const current = live.assessment.currentPay
      if (!assessed?.ok || !assessed.afterTaxRecurring || !current?.ok || !current.afterTax)
        throw new Error('taxed')
      expect(cliffWarnings(assessed.afterTaxRecurring, context, 'offer')).toEqual([
        WORDS[language].offer,
      ])
      expect(cliffWarnings(current.afterTax, context, 'current')).toEqual([
        WORDS[language].current.replace(/^[^:：]+[:：] ?/, ''),
      ])
    })
  }

  it('says nothing of an offer away from an edge, and the current job’s still', async () => {
    await renderVerdict(storedPersona('p1', [clear]), 'o-clear', 'en')
    expect(warnings()).toEqual([])
    expect(currentNotes()).toEqual([WORDS.en.current])
  })

  it('says nothing of a current pay away from an edge', async () => {
    const stored = storedPersona('p1', [clear])
    const profile = stored.sources.profile
    if (!profile) throw new Error('P1 has a profile')
    stored.sources.profile = {
      ...profile,
      currentPay: { base: { kind: 'text', text: '50k×14' } },
    } as typeof profile
    await renderVerdict(stored, 'o-clear', 'en')
    expect(currentNotes()).toEqual([])
  })
})
