import { describe, expect, it } from 'vitest'
import {
  assess,
  assessmentInputSchema,
  DEFAULT_RULESET as ruleset,
  type AssessmentInputDraft,
} from '../../../renderer/domain'

const ALL_YES = {
  'model-product': 'yes',
  deployment: 'yes',
  roadmap: 'yes',
  'leadership-understands-llms': 'yes',
  'team-strength': 'yes',
}

const PREMIUM_SKILLS = [
  { id: 'nlp', name: 'NLP', domain: 'nlp', level: 3, evidence: ['production'] },
  { id: 'ft', name: 'SFT', domain: 'fine-tuning', level: 3, evidence: ['side-project'] },
]

function assessOne(
  offer: object,
  profile: object = {},
  settings: object = {},
  skills: object[] = PREMIUM_SKILLS,
) {
  const draft: AssessmentInputDraft = {
    profile: {
      education: 'master',
      yearsOfExperience: 6,
      city: '上海',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
      currentPay: { base: { kind: 'text', text: '40k×15' } },
      ...profile,
    },
    skills,
    offers: [
      {
        id: 'o',
        company: 'X',
        employerKind: 'startup',
        // 1.05M, +75% over 600k: inside premium's raise band and above its yearly total (≈1M+).
        pay: { base: { kind: 'text', text: '70k×15' } },
        checklist: ALL_YES,
        ...offer,
      },
    ],
    settings,
  } as AssessmentInputDraft
  const result = assess(assessmentInputSchema.parse(draft), ruleset).offers[0]
  if (!result?.ok) throw new Error('offer not assessed')
  return result
}

describe('transition risk signals', () => {
  it('lowers a startup’s risk when strong backers fund it (L42, L43) and raises it when unfunded', () => {
    const strong = assessOne({ funding: 'strong-backers' }).risk.score
    const unknown = assessOne({ funding: 'unknown' }).risk.score
    const unfunded = assessOne({ funding: 'unfunded' }).risk.score
    expect(strong).toBeLessThan(unknown)
    expect(unfunded).toBeGreaterThan(unknown)
  })

  it('ignores funding for an established employer', () => {
    const reasons = assessOne({ employerKind: 'big-tech-new-llm-team', funding: 'unfunded' }).risk
      .reasons
    expect(reasons.map((r) => r.ruleId)).not.toContain('funding')
  })

  it('adds the stakes of leaving a stable role, and a cautious market (L7, L16)', () => {
    const stable = assessOne({}, { stability: 'stable' }).risk.score
    const notEmployed = assessOne({}, { stability: 'not-employed' }).risk.score
    expect(stable - notEmployed).toBe(5)
    const cautious = assessOne({}, {}, { marketMood: 'cautious' }).risk.score
    const hot = assessOne({}, {}, { marketMood: 'hot' }).risk.score
    expect(cautious).toBeGreaterThan(hot)
  })
})

describe('recommendations (ruleset §6)', () => {
  it('waits and watches a high-risk move when the user holds a stable role (L13)', () => {
    const offer = assessOne({ funding: 'unfunded' }, { stability: 'stable' })
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('wait-and-watch')
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'wait-for-commitment',
      citation: { lines: [13] },
    })
  })

  it('negotiates a high-risk move when there is no stable role to keep, pricing the downside', () => {
    const offer = assessOne(
      { funding: 'unfunded' },
      { stability: 'not-employed' },
      { marketMood: 'cautious' },
    )
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('negotiate')
    const [first, ...rest] = offer.recommendation.reasons
    // Beyond §6: a rule of its own, marked as an assumption, saying the leverage is weak.
    expect(first).toMatchObject({
      ruleId: 'negotiate-high-risk',
      assumption: true,
      facts: { leverage: 'weak', stability: 'not-employed' },
      citation: { lines: [36] },
    })
    expect(rest.map((r) => r.ruleId)).toContain('downside')
  })

  it('declines a high-risk move whose checklist is mostly unanswered, even with one red flag', () => {
    const offer = assessOne({
      checklist: { 'model-product': 'no' },
      redFlags: ['leaderboard-chasing'],
    })
    expect(offer.risk.level).toBe('high')
    expect(offer.recommendation.recommendation).toBe('decline')
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining([
        'checklist:model-product',
        'leaderboard-chasing',
        'strength-before-pay',
      ]),
    )
  })

  it('negotiates an offer below the band, citing the eager employer (L15) and the market (L18)', () => {
    const offer = assessOne({
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'text', text: '40k×15' } },
      employerEager: 'yes',
      roleDomains: ['nlp', 'fine-tuning'],
    })
    expect(offer.recommendation.payPosition).toBe('below')
    expect(offer.recommendation.fitClose).toBe(true)
    expect(offer.recommendation.recommendation).toBe('negotiate')
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).toEqual([
      'band:premium',
      'eager-employer',
      'demand-exceeds-supply',
    ])
    expect(offer.recommendation.reasons.some((r) => r.ruleId.startsWith('negotiate-'))).toBe(false)
  })

  it('negotiates a range that starts below the band and reaches into it, toward its top (trial 14)', () => {
    // Current pay 40k × 15 = 600k: the offer is 600k-1.2M, a raise of 0% to +100% (the premium band
    // starts at +30%), and its top is above premium's yearly total (≈1M+), its low end below it.
    const eager = assessOne({
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'text', text: '40k-80k×15' } },
      employerEager: 'yes',
      roleDomains: ['nlp', 'fine-tuning'],
    })
    expect(eager.recommendation.payPosition).toBe('straddles')
    expect(eager.recommendation.recommendation).toBe('negotiate')
    expect(eager.recommendation.reasons[0]).toMatchObject({
      ruleId: 'band:premium',
      facts: { position: 'straddles' },
    })
    const weak = assessOne({
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'text', text: '40k-80k×15' } },
      employerEager: 'unknown',
    })
    expect(weak.recommendation.recommendation).toBe('negotiate')
    expect(weak.recommendation.reasons[1]).toMatchObject({
      ruleId: 'negotiate-weak-leverage',
      facts: { position: 'straddles', leverage: 'weak' },
    })
    // A range wholly inside the band is still accepted.
    const inside = assessOne({
      employerKind: 'big-tech-established-line',
      pay: { base: { kind: 'text', text: '70k-75k×15' } },
    })
    expect(inside.recommendation).toMatchObject({ recommendation: 'accept', payPosition: 'within' })
  })

  it('does not call a single figure a straddle because the current pay is a range (review 15, H2)', () => {
    // Transitioning (no yearly total of its own: judged by the raise band, −5% to +15%). Current
    // 30k × 12 with a bonus of 0-6 months = 360k-540k; the offer 40k × 12 = 480k, one figure: a
    // raise of −11.1% to +33.3%. The spread is the current pay's, so there is no top to ask for.
    const point = assessOne(
      {
        employerKind: 'big-tech-established-line',
        pay: { base: { kind: 'text', text: '40k×12' } },
      },
      {
        currentPay: {
          base: { kind: 'text', text: '30k×12' },
          yearEndBonus: { kind: 'months', months: 0, monthsHigh: 6 },
        },
      },
      {},
      [],
    )
    expect(point.raise?.low).toBeLessThan(-0.05)
    expect(point.recommendation.payPosition).toBe('within')
    expect(point.recommendation.reasons.map((r) => r.facts['position'])).not.toContain('straddles')
    // The offer's own range still straddles when its low end, against the current pay's low end,
    // is below the band: 35k-45k × 15 over 40k × 15 is −12.5% at the low end, +12.5% at the top.
    const ranged = assessOne(
      {
        employerKind: 'big-tech-established-line',
        pay: { base: { kind: 'text', text: '35k-45k×15' } },
      },
      {},
      {},
      [],
    )
    expect(ranged.recommendation.payPosition).toBe('straddles')
  })

  it('judges a premium pay against the tier’s yearly total too, not the raise alone (trial 15, H2)', () => {
    // Persona P2's kind: premium, paid 30k × 13 = 390k at a research institute. 42k × 13 = 546k is
    // +40%, inside the raise band (+30% to +100%), but far below the ≈1M+ the tier commands
    // (L17, L25): it was "Accept, within what Premium commands".
    const lowball = assessOne(
      {
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'text', text: '42k×13' } },
        employerEager: 'yes',
        roleDomains: ['nlp', 'fine-tuning'],
      },
      {
        education: 'phd',
        phdInField: true,
        currentPay: { base: { kind: 'text', text: '30k×13' } },
      },
    )
    expect(lowball.raise?.low).toBeCloseTo(0.4, 5)
    expect(lowball.recommendation).toMatchObject({
      recommendation: 'negotiate',
      payPosition: 'below',
    })
    expect(lowball.recommendation.reasons[0]).toMatchObject({
      ruleId: 'band:premium',
      facts: { position: 'below', judgedBy: 'total', totalLowYuan: 1_000_000 },
    })
  })

  it('judges anyone else in premium by the raise band alone (L25; trial 17)', () => {
    // A master's paid 45k × 15 = 675k: +35% (911k) to a big platform that did its homework is
    // within the band, as its +30% floor is set for; the ≈1M+ is the in-field PhD's (L17, L25),
    // and "本科、碩士幹了 7、8 年也未必能到 100 萬" (L25). It was "below the yearly total".
    const offer = assessOne(
      {
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'text', text: '60750×15' } },
        employerEager: 'yes',
        roleDomains: ['nlp', 'fine-tuning'],
      },
      { currentPay: { base: { kind: 'text', text: '45k×15' } } },
    )
    expect(offer.raise?.low).toBeCloseTo(0.35, 5)
    expect(offer.recommendation).toMatchObject({
      recommendation: 'accept',
      payPosition: 'within',
    })
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'band:premium',
      facts: { position: 'within', judgedBy: 'raise' },
    })
  })

  it('judges a PhD in core by the raise band, not core’s 3-5M (L26 "possible"; review 18)', () => {
    // An in-field PhD with an evidenced level-4 training skill is core. Paid 100k × 12 = 1.2M,
    // 200k × 12 = 2.4M is +100%, inside core's band (+50% to +200%): it was "below the yearly
    // total Core talent commands (3M-5M)", and the expected total was lifted to 3M-5M.
    const core = [
      { id: 'a', name: 'Pretraining', domain: 'llm-training', level: 4, evidence: ['paper'] },
      { id: 'b', name: 'RLHF', domain: 'fine-tuning', level: 4, evidence: ['paper'] },
      { id: 'c', name: 'vLLM', domain: 'inference-acceleration', level: 4, evidence: ['paper'] },
      { id: 'd', name: 'NLP', domain: 'nlp', level: 4, evidence: ['paper'] },
    ]
    const input = assessmentInputSchema.parse({
      profile: {
        education: 'phd',
        phdInField: true,
        yearsOfExperience: 3,
        city: '北京',
        currentEmployer: 'big-tech',
        roleFamily: 'algorithm',
        stability: 'stable',
        currentPay: { base: { kind: 'text', text: '100k×12' } },
      },
      skills: core,
      offers: [
        {
          id: 'o',
          company: 'X',
          employerKind: 'big-tech-new-llm-team',
          pay: { base: { kind: 'text', text: '200k×12' } },
          checklist: ALL_YES,
          employerEager: 'yes',
        },
      ],
    })
    const result = assess(input, ruleset)
    expect(result.skills.tier).toBe('core')
    expect(result.skills.expectedTotalBasis).toBe('current-pay')
    const [offer] = result.offers
    if (!offer?.ok) throw new Error('expected an assessment')
    expect(offer.recommendation).toMatchObject({ recommendation: 'accept', payPosition: 'within' })
    expect(offer.recommendation.reasons[0]).toMatchObject({ facts: { judgedBy: 'raise' } })
  })

  it('keeps premium’s ≈1M+ for an in-field PhD scored core (L17, L25; review 19)', () => {
    // The same core PhD paid 30k × 13 = 390k, offered 50k × 12 = 600k (+53.8%, inside core's
    // raise band): it was "Accept … within what Core talent commands", while the weaker premium
    // PhD with the same pay and offer was told "below 1M-2M". Premium's total judges both.
    const core = [
      { id: 'a', name: 'Pretraining', domain: 'llm-training', level: 4, evidence: ['paper'] },
      { id: 'b', name: 'RLHF', domain: 'fine-tuning', level: 4, evidence: ['paper'] },
      { id: 'c', name: 'vLLM', domain: 'inference-acceleration', level: 4, evidence: ['paper'] },
      { id: 'd', name: 'NLP', domain: 'nlp', level: 4, evidence: ['paper'] },
    ]
    const input = (currentPay: string | null) =>
      assessmentInputSchema.parse({
        profile: {
          education: 'phd',
          phdInField: true,
          yearsOfExperience: 1,
          city: '北京',
          currentEmployer: 'research-institute',
          roleFamily: 'algorithm',
          stability: 'stable',
          ...(currentPay ? { currentPay: { base: { kind: 'text', text: currentPay } } } : {}),
        },
        skills: core,
        offers: [
          {
            id: 'o',
            company: 'X',
            employerKind: 'big-tech-new-llm-team',
            pay: { base: { kind: 'text', text: '50k×12' } },
            checklist: ALL_YES,
            employerEager: 'yes',
          },
        ],
      })
    const million = { low: 1_000_000 * 100, high: 2_000_000 * 100 }
    for (const pay of ['30k×13', null]) {
      const result = assess(input(pay), ruleset)
      expect(result.skills.tier).toBe('core')
      expect(result.skills.judgingTotal).toMatchObject({ tier: 'premium', band: million })
      expect(result.skills.expectedTotal).toEqual(million)
      expect(result.skills.expectedTotalBasis).toBe(pay ? 'tier-floor' : 'tier')
      const [offer] = result.offers
      if (!offer?.ok) throw new Error('expected an assessment')
      expect(offer.recommendation.payPosition).toBe('below')
      expect(offer.recommendation.recommendation).toBe('negotiate')
      expect(offer.recommendation.reasons[0]).toMatchObject({
        ruleId: 'band:core',
        facts: { judgedBy: 'total', totalTier: 'premium', totalLowYuan: 1_000_000 },
        // The sentences that give the total to an in-field PhD, the article's own figure: not
        // core's L26 (3-5M, "possible"), marked an assumption (review 20).
        citation: { source: 'article', lines: [25, 17] },
        assumption: false,
      })
    }
  })

  it('without a current pay, judges only an in-field PhD by the tier’s total (review 18)', () => {
    // A master's in premium with no pay saved: 950k was "below the yearly total Premium
    // commands (1M-2M)", which the article gives to PhDs, not to them (L25).
    const master = assessOne(
      { pay: { base: { kind: 'text', text: '年薪 95 万' } } },
      { currentPay: undefined },
    )
    expect(master.recommendation.payPosition).toBe('unknown')
    const phd = assessOne(
      { pay: { base: { kind: 'text', text: '年薪 95 万' } } },
      { currentPay: undefined, education: 'phd', phdInField: true },
    )
    expect(phd.recommendation.payPosition).toBe('below')
  })

  it('caps severance at the offer’s city’s average wage (its base cap ÷ 3 × 3)', () => {
    // 70k × 15 in Shanghai: the monthly wage is above 3× Shanghai's average, 37,302 (its social-
    // insurance base cap); with the job in Beijing it is Beijing's 35,811.
    const shanghai = assessOne({})
    expect(shanghai.downside.severance?.monthlyCap).toBe(37_302_00)
    const beijing = assessOne({ city: '北京' })
    expect(beijing.downside.severance?.monthlyCap).toBe(35_811_00)
  })

  it('declines an offer with two L50 red flags whatever else it has, citing L50 and L34', () => {
    const offer = assessOne({
      employerKind: 'big-tech-established-line',
      redFlags: ['leaderboard-chasing', 'pr-over-product'],
    })
    expect(offer.risk.level).not.toBe('high')
    expect(offer.recommendation.recommendation).toBe('decline')
    const reasons = offer.recommendation.reasons
    expect(reasons.map((r) => r.ruleId)).toEqual([
      'leaderboard-chasing',
      'pr-over-product',
      'strength-before-pay',
    ])
    expect(reasons[0]?.citation).toMatchObject({ lines: [50] })
    expect(reasons[2]?.citation).toMatchObject({ lines: [34] })
  })

  it('accepts pay within the band at low or medium risk, citing the band of the user’s tier', () => {
    const offer = assessOne({ employerKind: 'big-tech-established-line' })
    expect(offer.risk.level).toBe('low')
    expect(offer.recommendation).toMatchObject({
      recommendation: 'accept',
      payPosition: 'within',
      payJudged: true,
    })
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'band:premium',
      citation: { lines: [11, 17, 25] },
    })
  })

  it.each([
    ['the employer is not known to be eager', { employerEager: 'unknown', roleDomains: ['nlp'] }],
    ['the fit is not close', { employerEager: 'yes', roleDomains: ['llm-training'] }],
  ])(
    'still negotiates below-band pay when %s, by a rule of its own saying the leverage is weak',
    (_, leverage) => {
      const offer = assessOne({
        employerKind: 'big-tech-established-line',
        pay: { base: { kind: 'text', text: '40k×15' } },
        ...leverage,
      })
      expect(offer.recommendation.payPosition).toBe('below')
      expect(offer.recommendation.recommendation).toBe('negotiate')
      const [band, weak, ...rest] = offer.recommendation.reasons
      expect(band?.ruleId).toBe('band:premium')
      expect(weak).toMatchObject({
        ruleId: 'negotiate-weak-leverage',
        assumption: true,
        facts: { leverage: 'weak' },
        citation: { lines: [18] },
      })
      expect(rest).toEqual([])
    },
  )

  it('says the pay was not judged when there is no current pay and no yearly total for the tier', () => {
    const offer = assessOne(
      { employerKind: 'big-tech-established-line' },
      { currentPay: undefined },
      {},
      [{ id: 'dl', name: 'DL', domain: 'deep-learning', level: 2, evidence: ['course'] }],
    )
    expect(offer.recommendation).toMatchObject({
      recommendation: 'accept',
      payPosition: 'unknown',
      payJudged: false,
    })
    expect(offer.recommendation.reasons[0]).toMatchObject({
      ruleId: 'pay-not-judged',
      assumption: true,
      facts: { needs: 'current-pay' },
    })
    expect(offer.recommendation.reasons.map((r) => r.ruleId)).not.toContain('band:mid')
  })
})

describe('the L35 checklist on an established business line (trials 12 and 13)', () => {
  const UNKNOWN = {
    'model-product': 'unknown',
    deployment: 'unknown',
    roadmap: 'unknown',
    'leadership-understands-llms': 'unknown',
    'team-strength': 'unknown',
  }

  it('weighs it for a new LLM team, not for the stable line §5 sets against one', () => {
    const line = assessOne({ employerKind: 'big-tech-established-line', checklist: UNKNOWN })
    const team = assessOne({ employerKind: 'big-tech-new-llm-team', checklist: UNKNOWN })
    const checklistReasons = (offer: typeof line) =>
      offer.risk.reasons.filter((reason) => reason.ruleId.startsWith('checklist:'))
    // Baseline 10 only (leaving a stable role weighs against an uncertain move only, trial 34
    // #1): low, where five unknowns and the exposure made it 35, medium.
    expect(line.risk).toMatchObject({ score: 10, level: 'low', unansweredItems: 0 })
    expect(checklistReasons(line)).toEqual([])
    expect(team.risk.unansweredItems).toBe(5)
    expect(checklistReasons(team)).toHaveLength(5)
  })
})
