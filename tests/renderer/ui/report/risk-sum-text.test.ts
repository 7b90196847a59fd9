import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import {
  citedRiskSumText,
  riskSumText,
} from '../../../../renderer/ui/screens/offers/verdict/risk-sum-text'
import { livePersona } from './live-persona'

/**
 * The report's sums under the risk lines, in the branches P4 does not reach: every risk line
 * cited (the risk lists none of its own), and other lines that take points off. The verdict's
 * sentences, with the way turned (the report lists the risk above the recommendation).
 */
describe.each<[UiLanguage, string, string]>([
  [
    'en',
    'Its lines are those listed under “Recommendation” below (+60): they add up to the score, held between 0 and 100.',
    'These come to +60 of the 50 risk points. The other lines, under “Risk of the move” above, take 10 off.',
  ],
  [
    'zh-CN',
    '各项即下方“建议”中列出的各项（+60 分），相加即为风险分，限定在 0 到 100 之间。',
    '以上各项合计 +60 分，风险分共 50 分。上方“跳槽风险”中的其余各项共减 10 分。',
  ],
])('the report’s risk sums (%s)', (language, allCited, takenOff) => {
  const assessed = livePersona('p4').assessment.offers[0]
  if (!assessed?.ok) throw new Error('P4’s offer reads')
  const redFlags = assessed.risk.reasons.filter((reason) => reason.facts['redFlag'] !== undefined)

  it('says when the risk’s lines are all under the recommendation', async () => {
    const { t } = await createI18n(language)
    expect(riskSumText(redFlags, false, { t, language }, 'below')).toBe(allCited)
  })

  it('says what the other lines take off when they bring the score down', async () => {
    const { t } = await createI18n(language)
    const lower = { ...assessed, risk: { ...assessed.risk, rawScore: 50, score: 50 } }
    expect(citedRiskSumText(lower, redFlags, { t, language }, 'above')).toBe(takenOff)
  })
})
