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
 * under "Risk of the move" (every line of the risk) and again under the recommendation's "Why".
 * As on the verdict (17976e7), every risk line is listed once, under the risk, with the plain
 * sum; the recommendation says where (trials 15 and 16: the split moved from offer to offer).
 */
describe.each<[UiLanguage, string, string]>([
  [
    'en',
    'The points add up to the score, held between 0 and 100.',
    'The risk weighed in this verdict (100 of 100): every point of it is listed once, under “Risk of the move” above.',
  ],
  [
    'zh-CN',
    '各项分数相加即为风险分，限定在 0 到 100 之间。',
    '这一结论也看了风险（100 分，满分 100）：每一项风险分都只列一次，见上方“跳槽风险”。',
  ],
])('P4’s offer in the report (%s)', (language, riskSum, pointer) => {
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

  it('lists every risk line once in the model, under the risk, and points there from the recommendation', () => {
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
      expect(items('risk')).toContain(text)
      expect(items('recommendation')).not.toContain(text)
    }
    const risk = blocks.find((block) => block.kind === 'risk')
    expect(risk?.lists.map((list) => list.items.length)).toEqual([assessed.risk.reasons.length])
    expect(risk?.lists[0]?.after).toBe(riskSum)
    const recommendation = blocks.find((block) => block.kind === 'recommendation')
    expect(recommendation?.sentences).toContain(pointer)
  })

  it('writes each red flag once in the offer’s Markdown and in the report’s', () => {
    const own = offerMarkdown(live, assessed.offerId, words())
    const full = assessmentMarkdown(live, words())
    for (const text of flagTexts()) {
      expect(count(own, text), text).toBe(1)
      expect(count(full, text), text).toBe(1)
    }
    for (const file of [own, full]) {
      expect(count(file, `\n${riskSum}\n`)).toBe(1)
      expect(count(file, pointer)).toBe(1)
    }
  })
})
