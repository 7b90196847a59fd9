import { beforeAll, describe, expect, it } from 'vitest'
import type { i18n } from 'i18next'
import { pointsAsShown } from '../../../../renderer/domain/skills/points-as-shown'
import { formatPoints } from '../../../../renderer/ui/format/amount'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { assessmentMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { livePersona } from './live-persona'

const NOW = new Date(2026, 10, 29, 10, 0)
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

function options(language: UiLanguage) {
  const instance = languages[language]
  if (!instance) throw new Error('i18n not ready')
  return { t: instance.t, language, now: NOW, appVersion: '9.9.9' }
}

/**
 * Trial 16 #8: P2's NLP adds 8.75 points. The Skills screen rounds the reasons together
 * (pointsAsShown, so they add up to the score) and shows +8.7; the report rounded it alone and
 * wrote +8.8. The report now says what the screen says.
 */
describe("the report's reason points, as the screen shows them", () => {
  const live = livePersona('p2')
  const reasons = live.assessment.skills.reasons
  const nlp = reasons.findIndex((reason) => reason.ruleId === 'nlp')

  it('is the case the trial met: 8.75 reads +8.7 on screen', () => {
    expect(reasons[nlp]?.points).toBe(8.75)
    expect(pointsAsShown(reasons)[nlp]).toBe(8.7)
  })

  for (const language of ['en', 'zh-CN'] as const) {
    it(`writes +8.7, not +8.8, in the Markdown and the printed model (${language})`, () => {
      const model = buildReportModel(live, options(language))
      const sentence = model.reasons.items[nlp]?.sentence ?? ''
      expect(sentence).toContain(formatPoints(8.7, language))
      expect(sentence).not.toContain(formatPoints(8.8, language))
      const text = assessmentMarkdown(live, options(language))
      expect(text).not.toContain(formatPoints(8.8, language))
      // Every reason as the screen rounds it.
      const shown = pointsAsShown(reasons)
      model.reasons.items.forEach((item, index) => {
        const points = shown[index] ?? 0
        if (points !== 0) expect(item.sentence).toContain(formatPoints(points, language))
      })
    })
  }
})
