// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { CountedPay } from '../../../../renderer/ui/screens/offers/editor/CountedPay'
import { storedPersona } from '../offer-verdict/verdict-fixture'

afterEach(cleanup)

/**
 * Look 31: a rate of the wrong size saved before the check (or imported), 92 for the Hong Kong
 * dollar, was used in the form's "Converted at" line without a word; the rate field and the
 * verdict named it, the line reading the pay did not.
 */
const HKD_OFFER = {
  id: 'o-hkd',
  company: 'Harbour Quant',
  role: 'LLM engineer',
  employerKind: 'startup',
  pay: { currency: 'HKD', base: { kind: 'annual', annual: { low: 900_000, high: 900_000 } } },
  taxedInChina: false,
  roleDomains: ['nlp'],
}

async function counted(HKD: number, language: UiLanguage) {
  const persona = storedPersona('p1', [HKD_OFFER])
  const live = assessWithDraft({
    ...persona,
    sources: {
      ...persona.sources,
      settings: { ...persona.sources.settings, exchangeRates: { HKD } },
    },
  })
  const assessment = live.assessment.offers.find((offer) => offer.offerId === 'o-hkd')
  const i18n = await createI18n(language)
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <CountedPay assessment={assessment} readiness="valid" onShowProblems={() => undefined} />
    </I18nextProvider>,
  )
  return container.textContent
}

describe.each<[UiLanguage, string, string]>([
  [
    'en',
    'Converted at 92 yuan per HKD, a rate that looks wrong: 1 HKD is about 0.92 yuan.',
    'Converted at 0.92 yuan per HKD.',
  ],
  [
    'zh-CN',
    '按 1 HKD = 92 元折算，这个汇率看来有误：1 HKD 约合 0.92 元。',
    '按 1 HKD = 0.92 元折算。',
  ],
])('the counted pay’s rate (%s)', (language, wrong, right) => {
  it('says a wrong-size rate looks wrong, and a right one plainly', async () => {
    expect(await counted(92, language)).toContain(wrong)
    cleanup()
    const plain = await counted(0.92, language)
    expect(plain).toContain(right)
    expect(plain).not.toContain(wrong)
  })
})
