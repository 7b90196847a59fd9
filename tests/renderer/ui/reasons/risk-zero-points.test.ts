import { describe, expect, it } from 'vitest'
import { assess, type OfferAssessment } from '../../../../renderer/domain/assess'
import { assessmentInputSchema } from '../../../../renderer/domain/model/assessment-input'
import type { Reason } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET as ruleset } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { loadPersona } from '../../../helpers/personas'

/**
 * Trial 34 #6: a funded startup's risk line, worth 0, read "A startup with funding, …" with no
 * figure beside "Starting risk …: +55 points" and the others: its figure looked lost. A line of
 * the risk score says "+0"; a reason that adds no points to any score (tax, the recommendation,
 * the tier) still says none.
 */
const mover = loadPersona('p1')
const input = assessmentInputSchema.parse({
  ...mover,
  offers: [
    {
      id: 'startup',
      company: 'LLM startup',
      employerKind: 'startup',
      funding: 'funded',
      pay: { base: { kind: 'text', text: '年包80-100w' } },
      checklist: {
        'model-product': 'yes',
        deployment: 'unknown',
        roadmap: 'unknown',
        'leadership-understands-llms': 'unknown',
        'team-strength': 'unknown',
      },
    },
  ],
})
const assessed = assess(input, ruleset).offers[0] as Extract<OfferAssessment, { ok: true }>

async function say(language: UiLanguage, pick: (reason: Reason) => boolean): Promise<string> {
  const { t } = await createI18n(language)
  const all = [
    ...assessed.risk.reasons,
    ...assessed.recommendation.reasons,
    ...(assessed.afterTaxRecurring?.high.reasons ?? []),
    ...assessed.downside.reasons,
  ]
  const reason = all.find(pick)
  if (!reason) throw new Error('no such reason')
  return offerReasonText(reason, t, language, ruleset)
}

describe('a risk line worth 0 says +0 (trial 34 #6)', () => {
  it('a funded startup: +0 points, as its neighbours say theirs', async () => {
    const funding = (reason: Reason) => reason.ruleId === 'funding'
    expect(await say('en', funding)).toBe(
      'A startup with funding, its backers not known to be strong (the quote is the article’s example of a funded startup, not this one): +0 points',
    )
    expect(await say('zh-CN', funding)).toBe(
      '创业公司，已获融资，但不确定投资方是否雄厚（引文是文中一家获融资创业公司的例子，并非这家）：+0 分',
    )
    expect(await say('en', (reason) => reason.ruleId === 'employer:startup')).toBe(
      'Starting risk for this kind of employer (Startup): +55 points',
    )
  })

  it('a confirmed checklist item: +0, beside an unknown one’s +4', async () => {
    expect(await say('en', (reason) => reason.ruleId === 'checklist:model-product')).toBe(
      '“Has a model product” confirmed: +0 points',
    )
    expect(await say('zh-CN', (reason) => reason.ruleId === 'checklist:model-product')).toBe(
      '“有模型产品”已确认：+0 分',
    )
    expect(await say('en', (reason) => reason.ruleId === 'checklist:roadmap')).toMatch(
      /: \+4 points$/,
    )
  })

  it('a reason that adds to no score says no figure', async () => {
    const riskLines: readonly Reason[] = assessed.risk.reasons
    const zeroElsewhere = [
      ...assessed.recommendation.reasons,
      ...(assessed.afterTaxRecurring?.high.reasons ?? []),
      ...assessed.downside.reasons,
    ].filter((reason) => reason.points === 0 && !riskLines.includes(reason))
    // The band, the tax rules and the downside at least.
    expect(new Set(zeroElsewhere.map((reason) => reason.ruleId)).size).toBeGreaterThan(3)
    const { t } = await createI18n('en')
    for (const reason of zeroElsewhere)
      expect(offerReasonText(reason, t, 'en', ruleset), reason.ruleId).not.toMatch(/\+0|points$/)
  })
})
