import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { assess, type OfferAssessment } from '../../../../renderer/domain/assess'
import {
  assessmentInputSchema,
  type AssessmentInput,
} from '../../../../renderer/domain/model/assessment-input'
import { TIER_IDS } from '../../../../renderer/domain/model/enums'
import type { offerSchema } from '../../../../renderer/domain/model/offer'
import type { Reason } from '../../../../renderer/domain/reason'
import {
  CHECKLIST_RULE_IDS,
  EMPLOYER_RULE_IDS,
} from '../../../../renderer/domain/risk/risk-rule-ids'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { formatPoints } from '../../../../renderer/ui/format/amount'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import {
  OFFER_SENTENCES,
  offerReasonAssumption,
  offerReasonText,
} from '../../../../renderer/ui/reasons/offer-reason-text'
import { loadPersona } from '../../../helpers/personas'

const ruleset = DEFAULT_RULESET

const withId = (value: unknown): string[] =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
    ? [value.id]
    : []

/**
 * Every rule id the offer side of the engine can give a reason for, read from the engine's id
 * families and the ruleset: a new rule there shows up here without editing this test. The bonus
 * cliff is the one id the tax writes by hand (under the separate bonus rule's citation).
 */
const ENGINE_RULE_IDS = [
  ...EMPLOYER_RULE_IDS,
  ...CHECKLIST_RULE_IDS,
  ...ruleset.risk.redFlags.map((flag) => flag.id),
  ruleset.risk.funding.id,
  ruleset.risk.exposure.id,
  ruleset.risk.marketMood.id,
  ...TIER_IDS.map((tier) => `band:${tier}`),
  ...Object.values(ruleset.recommendation).flatMap(withId),
  ruleset.downside.id,
  ruleset.downside.severance.id,
  ruleset.options.id,
  ...Object.values(ruleset.tax).flatMap(withId),
  'iit-bonus-cliff',
]

const mover = loadPersona('p1')

/** An offer with the engine's defaults: a low-risk established line, every item confirmed. */
function offer(id: string, fields: Partial<z.input<typeof offerSchema>> = {}): unknown {
  return {
    id,
    company: `Company ${id}`,
    employerKind: 'big-tech-established-line',
    pay: { base: { kind: 'text', text: '年薪 100 万' } },
    checklist: {
      'model-product': 'yes',
      deployment: 'yes',
      roadmap: 'yes',
      'leadership-understands-llms': 'yes',
      'team-strength': 'yes',
    },
    ...fields,
  }
}

function input(fields: Record<string, unknown>): AssessmentInput {
  return assessmentInputSchema.parse({ ...mover, offers: [], ...fields })
}

/** Inputs that, between them, make the engine give every kind of offer reason. */
const CASES: AssessmentInput[] = [
  // Decline on red flags (P4), decline on unanswered items at high risk, and a stable role
  // told to wait; a cautious market.
  loadPersona('p4'),
  input({
    settings: { marketMood: 'cautious' },
    offers: [
      offer('unanswered', {
        employerKind: 'other-industry-new-llm-team',
        checklist: {
          'model-product': 'unknown',
          deployment: 'no',
          roadmap: 'unknown',
          'leadership-understands-llms': 'yes',
          'team-strength': 'yes',
        },
      }),
      offer('wait', { employerKind: 'startup', funding: 'unknown' }),
    ],
  }),
  // Accept at each tier; below the band with and without leverage; a hot market; every
  // pay part the tax treats on its own: 15 months, a sign-on, stock, options, a bonus on a cliff.
  input({
    settings: {
      marketMood: 'hot',
      specialDeductions: { children: 1 },
    },
    offers: [
      offer('accept', {
        employerKind: 'research-institute',
        pay: {
          base: { kind: 'text', text: '60k×15' },
          signOn: { low: 100_000, high: 100_000 },
          stock: { kind: 'per-year', perYear: { low: 200_000, high: 300_000 } },
          options: {
            count: 20_000,
            strikePrice: 1.5,
            sharePrice: { low: 4, high: 6 },
            schedule: [25, 25, 25, 25],
          },
        },
      }),
      offer('below-eager', {
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'annual', annual: { low: 600_000, high: 700_000 } } },
        employerEager: 'yes',
        roleDomains: ['nlp', 'deep-learning'],
      }),
      offer('below-weak', {
        pay: {
          base: { kind: 'annual', annual: { low: 600_000, high: 600_000 } },
          yearEndBonus: { kind: 'amount', amount: { low: 36_500, high: 36_500 } },
        },
        employerEager: 'no',
      }),
    ],
  }),
  // A high risk without a stable role to keep: negotiate; a funded startup.
  input({
    profile: { ...mover.profile, stability: 'uncertain' },
    offers: [
      offer('high-risk', {
        employerKind: 'startup',
        funding: 'unfunded',
        checklist: {
          'model-product': 'yes',
          deployment: 'no',
          roadmap: 'yes',
          'leadership-understands-llms': 'yes',
          'team-strength': 'yes',
        },
      }),
    ],
  }),
  // The other tiers; then a pay that cannot be judged (P6: no current pay, no total for the tier).
  input({
    skills: [
      {
        id: 's-core',
        name: 'Pretraining',
        domain: 'llm-training',
        level: 4,
        evidence: ['paper'],
      },
      { id: 's-ft', name: 'SFT', domain: 'fine-tuning', level: 4, evidence: ['paper'] },
      {
        id: 's-inf',
        name: 'vLLM',
        domain: 'inference-acceleration',
        level: 4,
        evidence: ['open-source'],
      },
    ],
    profile: { ...mover.profile, education: 'phd', phdInField: true },
    offers: [offer('core')],
  }),
  input({
    skills: [{ id: 's-nlp', name: 'NLP', domain: 'nlp', level: 2, evidence: ['production'] }],
    offers: [offer('mid', { employerKind: 'startup', funding: 'strong-backers' })],
  }),
  input({
    skills: [{ id: 's-cs', name: 'Backend', domain: 'cs-data-foundations', level: 4 }],
    offers: [offer('emerging', { employerKind: 'startup', funding: 'funded' })],
  }),
  loadPersona('p6'),
]

function offerReasons(assessed: OfferAssessment): Reason[] {
  if (!assessed.ok) throw new Error(`offer ${assessed.offerId} could not be read`)
  const tax = [assessed.afterTaxRecurring, assessed.afterTaxYearOne].flatMap((afterTax) =>
    afterTax ? [...afterTax.low.reasons, ...afterTax.high.reasons] : [],
  )
  return [
    ...assessed.recommendation.reasons,
    ...assessed.risk.reasons,
    ...assessed.downside.reasons,
    ...(assessed.pay.options?.reasons ?? []),
    ...tax,
  ]
}

const assessments = CASES.map((caseInput) => assess(caseInput, ruleset))
const reasons: Reason[] = assessments.flatMap((assessment) =>
  assessment.offers.flatMap(offerReasons),
)
const recommendationOf = (offerId: string) => {
  const found = assessments
    .flatMap((assessment) => assessment.offers)
    .find((candidate) => candidate.offerId === offerId)
  if (!found?.ok) throw new Error(`no offer ${offerId}`)
  return found.recommendation.recommendation
}

async function translator(language: UiLanguage): Promise<TFunction> {
  return (await createI18n(language)).t
}

describe('offer reason sentences', () => {
  it('the cases take every path of the recommendation', () => {
    expect(
      [
        'o-four-steps',
        'unanswered',
        'wait',
        'accept',
        'below-eager',
        'below-weak',
        'high-risk',
      ].map(recommendationOf),
    ).toEqual([
      'decline',
      'decline',
      'wait-and-watch',
      'accept',
      'negotiate',
      'negotiate',
      'negotiate',
    ])
  })

  it('the cases reach every offer rule id the engine can give', () => {
    const reached = new Set(reasons.map((reason) => reason.ruleId))
    expect(ENGINE_RULE_IDS.filter((id) => !reached.has(id))).toEqual([])
  })

  it('has a sentence for every offer rule id the engine can give', () => {
    const missing = ENGINE_RULE_IDS.filter((id) => !OFFER_SENTENCES.has(id))
    expect(missing).toEqual([])
  })

  it.each<UiLanguage>(['en', 'zh-CN'])('says every reason in plain %s words', async (language) => {
    const t = await translator(language)
    for (const reason of reasons) {
      const text = offerReasonText(reason, t, language, ruleset)
      expect(text, reason.ruleId).not.toMatch(
        /{{|}}|undefined|NaN|offerVerdict\.|assessment\.|Rule “|规则“/,
      )
      if (language === 'zh-CN') expect(text, reason.ruleId).toMatch(/[\u4e00-\u9fff]/)
      if (reason.points !== 0)
        expect(text, reason.ruleId).toContain(formatPoints(reason.points, language))
    }
  })

  it('reads the facts into the sentence, in English', async () => {
    const t = await translator('en')
    const say = (ruleId: string, match: (reason: Reason) => boolean = () => true) => {
      const reason = reasons.find((candidate) => candidate.ruleId === ruleId && match(candidate))
      if (!reason) throw new Error(`no reason ${ruleId}`)
      return offerReasonText(reason, t, 'en', ruleset)
    }
    expect(say('employer:startup')).toBe(
      'Starting risk for this kind of employer (Startup): +55 points',
    )
    expect(say('checklist:model-product', (reason) => reason.facts['answer'] === 'no')).toBe(
      '“Has a model product” answered no: +8 points',
    )
    expect(say('checklist:roadmap', (reason) => reason.facts['answer'] === 'unknown')).toBe(
      '“Has a technical roadmap” not known yet: +4 points',
    )
    expect(say('leaderboard-chasing')).toBe(
      'Chasing leaderboards, a sign of a large-model company ruining itself: +12 points',
    )
    expect(say('strength-before-pay', (reason) => reason.facts['redFlags'] === 5)).toBe(
      '5 red flags: the company’s strength comes before the pay',
    )
    expect(say('strength-before-pay', (reason) => 'unansweredItems' in reason.facts)).toMatch(
      /^\d of the 5 checklist items are not answered yes, and the risk is high/,
    )
    expect(say('funding', (reason) => reason.facts['funding'] === 'strong-backers')).toBe(
      'A startup backed by strong investors: −10 points',
    )
    expect(say('market-mood', (reason) => reason.facts['mood'] === 'cautious')).toBe(
      'A cautious market, where a failed move is harder to recover from: +5 points',
    )
    expect(say('band:premium', (reason) => reason.facts['position'] === 'below')).toBe(
      'This offer is a pay cut of 6.7% – 20% on your current pay, below what Premium (≈1M+) commands (+30% – +100%)',
    )
    expect(say('negotiate-weak-leverage')).toBe(
      'The pay is below your band, but your leverage is weak (the employer is not eager and your skills do not closely fit the role): negotiate, expecting less to move',
    )
    expect(say('negotiate-high-risk')).toMatch(
      /^Risk \d+ is high, and your current role is uncertain: ask for terms/,
    )
    expect(say('pay-not-judged')).toBe('The pay could not be judged: enter your current pay')
    expect(say('downside', (reason) => reason.facts['horizonMonths'] === 24)).toMatch(
      /^Over 24 months: a [\d.]+% chance the role fails and ends after 12 months; then 4 months of search without pay, and 8 months at your current pay$/,
    )
    expect(say('severance')).toBe(
      'Severance if the role is cut: 1 month’s wages for the time served (the year’s pay ÷ 12; above 35.8k a month it counts as 35.8k, 35,811 yuan = 3 × 11,937 yuan, the average monthly wage behind Beijing’s 2025 social-insurance base cap), plus a month’s base pay in lieu of notice (N+1), not capped',
    )
    expect(say('iit-bonus-cliff')).toMatch(/^The bonus is [\d,]+ yuan past a tax edge \(36k\):/)
    expect(
      say('iit-extra-months-as-bonus', (reason) => reason.facts['extraMonthsYuan'] === 180000),
    ).toBe('Months 13 and up (180k) are paid and taxed as the year-end bonus')
    expect(say('iit-sign-on-as-wages')).toBe(
      'The sign-on bonus (100k) is taxed as wages of year one',
    )
    expect(say('options-value')).toBe(
      '20,000 options at a strike of 1.5, share price 4–6 (CNY): counted at their paper value less 70% (Tidemark’s estimate for an unlisted company)',
    )
    expect(say('social-insurance')).toMatch(/^Social insurance and housing fund: [\d.]+% of a /)
  })

  it('reads the facts into the sentence, in Chinese', async () => {
    const t = await translator('zh-CN')
    const say = (ruleId: string, match: (reason: Reason) => boolean = () => true) => {
      const reason = reasons.find((candidate) => candidate.ruleId === ruleId && match(candidate))
      if (!reason) throw new Error(`no reason ${ruleId}`)
      return offerReasonText(reason, t, 'zh-CN', ruleset)
    }
    expect(say('employer:startup')).toBe('这类雇主的基础风险（创业公司）：+55 分')
    expect(say('checklist:deployment', (reason) => reason.facts['answer'] === 'no')).toBe(
      '“有真正的落地场景”答案为否：+8 分',
    )
    expect(say('leaderboard-chasing')).toBe('打榜、卷排名，大模型公司自毁的信号：+12 分')
    expect(say('strength-before-pay', (reason) => reason.facts['redFlags'] === 5)).toBe(
      '5 个危险信号：企业实力比薪资更重要',
    )
    expect(say('exposure')).toBe('你要离开一个稳定的岗位：+5 分')
    expect(say('band:premium', (reason) => reason.facts['position'] === 'below')).toBe(
      '这份 offer 比你目前薪资降薪 6.7% – 20%，低于百万档应得的涨幅（+30% – +100%）',
    )
    expect(say('pay-not-judged')).toBe('无法评判这份薪资：请填写你目前的薪资')
    expect(say('iit-sign-on-as-wages')).toBe('签字费（10万）按第一年的工资计税')
  })

  it('says a range that starts below the band is to be settled near its top, in both languages', async () => {
    const straddling = (ruleId: string, match: (reason: Reason) => boolean = () => true) => {
      const reason = reasons.find((candidate) => candidate.ruleId === ruleId && match(candidate))
      if (!reason) throw new Error(`no reason ${ruleId}`)
      return { ...reason, facts: { ...reason.facts, position: 'straddles' } }
    }
    const band = straddling('band:premium', (reason) => reason.facts['position'] === 'below')
    const weak = straddling('negotiate-weak-leverage')
    const en = await translator('en')
    expect(offerReasonText(band, en, 'en', ruleset)).toBe(
      'This offer is a pay cut of 6.7% – 20% on your current pay: its low end is below what Premium (≈1M+) commands (+30% – +100%), so ask for the top of the range',
    )
    expect(offerReasonText(weak, en, 'en', ruleset)).toBe(
      'The pay’s low end is below your band, and your leverage is weak (the employer is not eager and your skills do not closely fit the role): negotiate toward the top, expecting less to move',
    )
    const zh = await translator('zh-CN')
    expect(offerReasonText(band, zh, 'zh-CN', ruleset)).toBe(
      '这份 offer 比你目前薪资降薪 6.7% – 20%，区间下限低于百万档应得的涨幅（+30% – +100%）：争取区间上限',
    )
    expect(offerReasonText(weak, zh, 'zh-CN', ruleset)).toMatch(
      /^薪资区间的下限低于你的区间，且筹码较弱（/,
    )
  })

  it('names the yearly total, and the offer’s own year, when the total judged the pay (trial 15/16)', async () => {
    // The total judges an in-field PhD's pay (trial 17): P2 at a research institute, 30k × 13 =
    // 390k now, offered 42k × 13 = 546k: +40%, inside the raise band, below premium's 1M-2M; and
    // a range of 800k-1.1M, above the band by its raise, starts below the total.
    const phd = loadPersona('p2')
    const [low, range] = assess(
      assessmentInputSchema.parse({
        ...phd,
        profile: { ...phd.profile, currentPay: { base: { kind: 'text', text: '30k×13' } } },
        offers: [
          offer('lowball', { pay: { base: { kind: 'text', text: '42k×13' } } }),
          offer('range', { pay: { base: { kind: 'text', text: '年薪 80-110 万' } } }),
        ],
      }),
      ruleset,
    ).offers
    const bandOf = (assessed: OfferAssessment | undefined) => {
      if (!assessed?.ok) throw new Error('the offer is assessed')
      const band = assessed.recommendation.reasons.find(
        (reason) => reason.ruleId === 'band:premium',
      )
      if (!band) throw new Error('no band reason')
      return band
    }
    const below = bandOf(low)
    expect(below.facts).toMatchObject({ position: 'below', judgedBy: 'total' })
    expect(offerReasonText(below, await translator('en'), 'en', ruleset)).toBe(
      'The pay, 546k a year, is below the yearly total the article gives an in-field PhD (1M–2M)',
    )
    expect(offerReasonText(below, await translator('zh-CN'), 'zh-CN', ruleset)).toBe(
      '薪资每年 54.6万，低于文章给对口博士的年收入（100万–200万）',
    )
    const straddles = bandOf(range)
    expect(straddles.facts).toMatchObject({ position: 'straddles', judgedBy: 'total' })
    // The range as a whole, in both languages (review 17: the English named it the low end).
    expect(offerReasonText(straddles, await translator('en'), 'en', ruleset)).toBe(
      'The pay (800k–1.1M a year) starts below the yearly total the article gives an in-field PhD (1M–2M): ask for the top of the range',
    )
    expect(offerReasonText(straddles, await translator('zh-CN'), 'zh-CN', ruleset)).toBe(
      '薪资区间（每年 80万–110万）的下限低于文章给对口博士的年收入（100万–200万）：争取区间上限',
    )
  })

  it('finds the note of each reason that rests on an assumption', () => {
    for (const reason of reasons) {
      const note = offerReasonAssumption(ruleset, reason)
      if (reason.assumption) expect(note, reason.ruleId).toBeDefined()
    }
    const flag = reasons.find((reason) => reason.ruleId === 'leaderboard-chasing')
    expect(flag && offerReasonAssumption(ruleset, flag)).toBe(ruleset.risk.redFlags[1]?.assumption)
  })
})
