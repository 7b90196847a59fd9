import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { bonusMethodLines } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import { loadPersona } from '../../../helpers/personas'

/** P1 with a range offer of 55-75k × 16 (880k-1.2M), taxed in Beijing. */
function rangeOffer() {
  const persona = loadPersona('p1')
  const [offer] = persona.offers
  if (!offer) throw new Error('P1 has an offer')
  // P1's offer pay in CNY, its base a range and no stock.
  const { stock: _stock, ...cash } = offer.pay
  const pay = { ...cash, base: { kind: 'text' as const, text: '55-75k×16' } }
  const result = assess({ ...persona, offers: [{ ...offer, pay }] }, DEFAULT_RULESET)
  const assessed = result.offers[0]
  if (!assessed?.ok || !assessed.afterTaxRecurring) throw new Error('the offer is taxed')
  return assessed.afterTaxRecurring
}

describe('the bonus method under a range’s after-tax figure', () => {
  it('gives the saving at both ends, not the top end’s alone (new-user trial 16)', async () => {
    const afterTax = rangeOffer()
    expect(afterTax.low.bonusMethod).toBe('separate')
    expect(afterTax.high.bonusMethod).toBe('separate')
    const saving = (end: 'low' | 'high') =>
      afterTax[end].taxIfMerged - (afterTax[end].taxIfSeparate ?? afterTax[end].taxIfMerged)
    expect(saving('low')).toBeLessThan(saving('high'))
    const en = await createI18n('en')
    expect(
      bonusMethodLines(afterTax, { t: en.t, language: 'en', ruleset: DEFAULT_RULESET }),
    ).toEqual(['Bonus taxed on its own, 26.6k–54.7k less than merged'])
    const zh = await createI18n('zh-CN')
    expect(
      bonusMethodLines(afterTax, { t: zh.t, language: 'zh-CN', ruleset: DEFAULT_RULESET }),
    ).toEqual(['年终奖单独计税，比并入综合所得少缴 2.66万–5.47万'])
  })
})
