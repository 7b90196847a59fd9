import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReport } from '../../../../renderer/ui/report/offer-report-model'
import { livePersona } from './live-persona'

/**
 * Trial 23 Low 4: the report of a HKD offer gave only yuan, never the HK$80k a month the offer
 * says. A pay in another currency is given as written first; a yuan pay is not repeated.
 */
const HKD_PAY = {
  currency: 'HKD',
  base: { kind: 'monthly', monthly: { low: 80_000, high: 80_000 }, months: 13 },
}

describe.each<[UiLanguage, string, string]>([
  ['en', 'As written', '80k/mo × 13 HKD'],
  ['zh-CN', '原始写法', '8万/月 × 13 HKD'],
])('the pay as written, in the offer report (%s)', (language, label, written) => {
  it('comes first for a pay in Hong Kong dollars, before the yuan it converts to', async () => {
    const { t } = await createI18n(language)
    const live = livePersona('p1', {
      offer: { pay: HKD_PAY, taxedInChina: false },
      rates: { HKD: 0.92 },
    })
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('the HKD offer reads')
    const pay = offerReport(live, assessed, { t, language, now: new Date() }).blocks.find(
      (block) => block.kind === 'pay',
    )
    expect(pay?.figures[0]).toEqual({ label, value: written, note: null })
  })

  it('is not given for a yuan pay', async () => {
    const { t } = await createI18n(language)
    const live = livePersona('p1')
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P1’s offer reads')
    const pay = offerReport(live, assessed, { t, language, now: new Date() }).blocks.find(
      (block) => block.kind === 'pay',
    )
    expect(pay?.figures.map((figure) => figure.label)).not.toContain(label)
  })
})

describe.each<[UiLanguage, string]>([
  [
    'en',
    'converted at 92 yuan per HKD, the rate saved, which looks wrong: 1 HKD is about 0.92 yuan, so the yuan figures are off by as much',
  ],
  [
    'zh-CN',
    '按已保存的汇率 1 HKD = 92 元折算，这个汇率看来有误：1 HKD 约合 0.92 元，各项人民币金额因此同样失真',
  ],
])('a wrong-size rate in the offer report (%s)', (language, said) => {
  it('is named beside the yuan total it converts to (look 31)', async () => {
    const { t } = await createI18n(language)
    const at = (HKD: number) => {
      const live = livePersona('p1', {
        offer: { pay: HKD_PAY, taxedInChina: false },
        rates: { HKD },
      })
      const assessed = live.assessment.offers[0]
      if (!assessed?.ok) throw new Error('the HKD offer reads')
      const pay = offerReport(live, assessed, { t, language, now: new Date() }).blocks.find(
        (block) => block.kind === 'pay',
      )
      return pay?.figures.map((figure) => figure.note)
    }
    expect(at(92)).toContain(said)
    expect(at(0.92)).not.toContain(said)
    expect(at(0.92)?.join(' ')).not.toMatch(/looks wrong|有误/)
  })
})
