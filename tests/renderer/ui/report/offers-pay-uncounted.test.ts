import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { livePersona } from './live-persona'

/**
 * A current pay saved but not countable (dollars with no exchange rate) is said so in the
 * report's offers, as on the dashboard and Skills (2663e0f) and the report's summary (4df3564):
 * the raise column and each offer's raise said there was no current pay to compare.
 */
async function report(language: UiLanguage, currentPay: unknown) {
  const i18n = await createI18n(language)
  const live = livePersona('p3', currentPay === undefined ? {} : { profile: { currentPay } })
  return buildReportModel(live, {
    t: i18n.t,
    language,
    now: new Date(2026, 10, 29),
    appVersion: '9.9.9',
  })
}

const DOLLARS = { base: { kind: 'text', text: '$300k' } }

const WORDS = {
  en: {
    column: 'your current pay could not be counted',
    note: 'Your current pay is saved but could not be counted: open your profile to see why.',
    missing: 'no current pay to compare',
  },
  'zh-CN': {
    column: '目前收入无法计算',
    note: '已保存的目前收入无法计算：请打开个人资料查看原因。',
    missing: '没有目前收入可比较',
  },
} as const

describe.each<UiLanguage>(['en', 'zh-CN'])(
  'the report’s offers with a current pay saved but not countable (%s)',
  (language) => {
    it('say the pay could not be counted, not that there is none', async () => {
      const model = await report(language, DOLLARS)
      const rows = model.offers?.items ?? []
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        if (row[1] === '–') continue
        expect(row[2]).toBe(WORDS[language].column)
      }
      const raises = model.offerReports.flatMap((offer) =>
        offer.blocks.flatMap((block) => ('figures' in block ? block.figures : [])),
      )
      const notes = raises.filter((figure) => figure.value === '–').map((figure) => figure.note)
      expect(notes).toContain(WORDS[language].note)
      expect(JSON.stringify(model)).not.toContain(WORDS[language].missing)
    })
  },
)
