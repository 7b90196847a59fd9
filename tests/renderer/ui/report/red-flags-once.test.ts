import type { i18n } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { offerReport } from '../../../../renderer/ui/report/offer-report-model'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { assessmentMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { livePersona } from './live-persona'

const NOW = new Date(2026, 10, 29, 10, 0)
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

const count = (text: string, part: string) => text.split(part).length - 1

/**
 * P4, the four-step startup: the offer's export and the report listed its five red flags twice,
 * under "Risk of the move" (every line of the risk) and again under the recommendation's "Why"
 * (the lines the decline cites). As on the verdict (e7c19e1), each is listed once, under the
 * recommendation, with the verdict's sum; the risk lists the other lines and counts those in.
 */
describe.each<[UiLanguage, string, string, string]>([
  [
    'en',
    'Toward the risk score:',
    'With the 5 lines listed under “Recommendation” below (+60), the points add up to the score, held between 0 and 100.',
    'These come to +60 of 153 risk points before the 0–100 limit. The other +93 are listed under “Risk of the move” above. The score is held at 100.',
  ],
  [
    'zh-CN',
    '计入风险分的各项：',
    '加上下方“建议”中列出的 5 项（+60 分），各项分数相加即为风险分，限定在 0 到 100 之间。',
    '以上各项合计 +60 分，限定前风险分共 153 分。其余 +93 分见上方“跳槽风险”。风险分限定在 0 到 100 之间，计为 100 分。',
  ],
])('P4’s offer in the report (%s)', (language, citedLabel, riskSum, citedSum) => {
  const live = livePersona('p4')
  const assessed = live.assessment.offers[0]
  if (!assessed?.ok) throw new Error('P4’s offer reads')
  const redFlags = assessed.risk.reasons.filter((reason) => reason.facts['redFlag'] !== undefined)
  const words = () => {
    const instance = languages[language]
    if (!instance) throw new Error('i18n not ready')
    return { t: instance.t, language, now: NOW, appVersion: '9.9.9' }
  }
  const flagTexts = () =>
    redFlags.map((flag) => offerReasonText(flag, words().t, language, live.ruleset))

  it('has the five red flags the decline cites', () => {
    expect(assessed.recommendation.recommendation).toBe('decline')
    expect(redFlags).toHaveLength(5)
  })

  it('lists each red flag once in the model, under the recommendation, with the verdict’s sums', () => {
    const { blocks } = offerReport(live, assessed, words())
    const items = (kind: string) =>
      blocks
        .filter((block) => block.kind === kind)
        .flatMap((block) => block.lists.flatMap((list) => list.items.map((item) => item.text)))
    const all = blocks.flatMap((block) =>
      block.lists.flatMap((list) => list.items.map((item) => item.text)),
    )
    for (const text of flagTexts()) {
      expect(
        all.filter((item) => item === text),
        text,
      ).toHaveLength(1)
      expect(items('recommendation')).toContain(text)
    }
    const risk = blocks.find((block) => block.kind === 'risk')
    expect(risk?.lists.map((list) => list.items.length)).toEqual([assessed.risk.reasons.length - 5])
    expect(risk?.lists[0]?.after).toBe(riskSum)
    const recommendation = blocks.find((block) => block.kind === 'recommendation')
    const cited = recommendation?.lists.find((list) => list.label === citedLabel)
    expect(cited?.items.map((item) => item.text)).toEqual(flagTexts())
    expect(cited?.after).toBe(citedSum)
  })

  it('writes each red flag once in the offer’s Markdown and in the report’s', () => {
    const own = offerMarkdown(live, assessed.offerId, words())
    const full = assessmentMarkdown(live, words())
    for (const text of flagTexts()) {
      expect(count(own, text), text).toBe(1)
      expect(count(full, text), text).toBe(1)
    }
    for (const file of [own, full]) {
      expect(count(file, `\n${citedLabel}\n`)).toBe(1)
      expect(count(file, `\n${riskSum}\n`)).toBe(1)
      expect(count(file, `\n${citedSum}\n`)).toBe(1)
    }
  })
})
