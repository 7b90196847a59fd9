import type { i18n } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { livePersona } from './live-persona'

const NOW = new Date(2026, 10, 29, 10, 0)
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

function pickOf(rate: number, language: UiLanguage) {
  const instance = languages[language]
  if (!instance) throw new Error('i18n not ready')
  const live = livePersona('p1', {
    profile: {
      currentPay: {
        currency: 'HKD',
        base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
      },
    },
    rates: { HKD: rate },
  })
  return buildReportModel(live, { t: instance.t, language, now: NOW, appVersion: '9.9.9' }).offers
    ?.pick
}

/**
 * Pick31's rule in the report as on the screen: with the current pay counted at a rate of the
 * wrong size (92 yuan for 1 HKD, a bank's rate for 100), every offer's verdict and value is set
 * against a current pay 100 times too large, so no offer is picked. The report called the pick
 * without the current pay and still named one.
 */
describe('the report holds the pick back when the current pay’s rate is of the wrong size', () => {
  it('picks at a rate of the right size', () => {
    const pick = pickOf(0.92, 'en')
    expect(pick?.answer).toBeTruthy()
    expect(pick?.sentence).not.toMatch(/92 yuan per HKD/)
  })

  it('names the rate and picks nothing at 92 yuan per HKD, in both languages', () => {
    const en = pickOf(92, 'en')
    expect(en?.answer).toBe('None can be weighed yet')
    expect(en?.sentence).toContain('92 yuan per HKD')
    const zh = pickOf(92, 'zh-CN')
    expect(zh?.answer).toBe('暂时无法比较')
    expect(zh?.sentence).toContain('1 HKD = 92 元')
  })
})

describe('the report’s summary names a current pay counted at a rate of the wrong size (review 31 #2)', () => {
  function currentPayLine(rate: number, language: UiLanguage) {
    const instance = languages[language]
    if (!instance) throw new Error('i18n not ready')
    const live = livePersona('p1', {
      profile: {
        currentPay: {
          currency: 'HKD',
          base: { kind: 'annual', annual: { low: 800_000, high: 800_000 } },
        },
      },
      rates: { HKD: rate },
    })
    const model = buildReportModel(live, { t: instance.t, language, now: NOW, appVersion: '9.9.9' })
    const label = instance.t('report.document.summary.currentPay')
    return model.summary.items.find((line) => line.label === label)
  }

  it('at 92 yuan per HKD, beside the figure, in both languages', () => {
    expect(currentPayLine(92, 'en')?.note).toContain(
      'converted at 92 yuan per HKD, the rate saved, which looks wrong',
    )
    expect(currentPayLine(92, 'zh-CN')?.note).toContain(
      '按已保存的汇率 1 HKD = 92 元折算，这个汇率看来有误',
    )
  })

  it('says nothing at 0.92', () => {
    const line = currentPayLine(0.92, 'en')
    expect(line?.value).toBeTruthy()
    expect(line?.note).toBeNull()
  })
})
