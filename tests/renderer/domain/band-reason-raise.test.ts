import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { assess } from '../../../renderer/domain/assess'
import { assessmentInputSchema } from '../../../renderer/domain/model/assessment-input'
import { payPosition } from '../../../renderer/domain/recommend/pay-position'
import { recommend } from '../../../renderer/domain/recommend/recommend'
import { DEFAULT_RULESET as ruleset } from '../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../renderer/ui/reasons/offer-reason-text'

/** 720k now (60k × 12), offered 280k (20k × 14): a raise of −61.1%, far below any band. */
function deepCut() {
  const input = assessmentInputSchema.parse({
    profile: {
      education: 'master',
      yearsOfExperience: 4,
      city: '上海',
      currentEmployer: 'big-tech',
      roleFamily: 'engineering',
      stability: 'uncertain',
      currentPay: { base: { kind: 'text', text: '60k×12' } },
    },
    skills: [
      { id: 'cs', name: 'CS', domain: 'cs-data-foundations', level: 2, evidence: ['production'] },
    ],
    offers: [
      {
        id: 'o',
        company: 'X',
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'text', text: '20k×14' } },
        checklist: {
          'model-product': 'yes',
          deployment: 'yes',
          roadmap: 'yes',
          'leadership-understands-llms': 'yes',
          'team-strength': 'yes',
        },
      },
    ],
  })
  const assessment = assess(input, ruleset)
  const assessed = assessment.offers[0]
  const offer = input.offers[0]
  if (!assessed?.ok || !offer || !assessment.currentPay?.ok) throw new Error('offer not assessed')
  const judgement = payPosition(
    assessed.raise,
    assessed.pay.totalRecurring,
    assessment.currentPay.pay.totalRecurring,
    assessment.skills.tier,
    ruleset,
    null,
  )
  const result = recommend(
    offer,
    input.profile,
    assessment.skills,
    assessed.risk,
    judgement,
    ruleset,
    assessed.raise,
  )
  const band = result.reasons.find((reason) => reason.ruleId.startsWith('band:'))
  if (!band) throw new Error('no band reason')
  return { result, band, raise: assessed.raise }
}

async function tFor(language: UiLanguage): Promise<TFunction> {
  const i18n = await createI18n(language)
  return i18n.t.bind(i18n)
}

describe('a deep pay cut: the band reason states the raise', () => {
  it('carries the raise in its facts', () => {
    const { result, band, raise } = deepCut()
    expect(result.recommendation).toBe('negotiate')
    expect(raise?.low).toBeCloseTo(280 / 720 - 1, 5)
    expect(band.facts).toMatchObject({ position: 'below', raiseLow: raise?.low })
  })

  it('says it in English and Chinese', async () => {
    const { band } = deepCut()
    const en = offerReasonText(band, await tFor('en'), 'en', ruleset)
    expect(en).toMatch(
      // A cut is named a cut (review 19: "a raise of −61.1%").
      /^This offer is a pay cut of 61\.1% on your current pay, below what .+ commands \([-−]\d+% – \+\d+%\)$/,
    )
    const zh = offerReasonText(band, await tFor('zh-CN'), 'zh-CN', ruleset)
    expect(zh).toMatch(
      /^这份 offer 比你目前薪资降薪 61\.1%，低于.+应得的涨幅（[-−]\d+% – \+\d+%）$/,
    )
  })

  it('without the raise (an older caller) keeps the band sentence', async () => {
    const { band } = deepCut()
    const { raiseLow: _low, raiseHigh: _high, ...facts } = band.facts
    const en = offerReasonText({ ...band, facts }, await tFor('en'), 'en', ruleset)
    expect(en).toMatch(/^The pay is below what .+ commands/)
  })
})
