// Test-data generators for property tests: any valid user, within the schema's bounds.
import fc from 'fast-check'
import {
  assessmentInputSchema,
  CHECKLIST_ANSWERS,
  CHECKLIST_ITEM_IDS,
  CURRENT_EMPLOYER_KINDS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STABILITY,
  EVIDENCE_KINDS,
  FUNDING_SIGNALS,
  MARKET_MOODS,
  OFFER_EMPLOYER_KINDS,
  RED_FLAG_IDS,
  ROLE_FAMILIES,
  SKILL_DOMAIN_IDS,
  type AssessmentInput,
  type ChecklistItemId,
} from '../../renderer/domain'

const amount = fc.integer({ min: 0, max: 200_000 }).map((value) => value * 5)
const amountRange = fc
  .tuple(amount, amount)
  .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }))

export const skillArbitrary = fc.record({
  id: fc.uuid(),
  name: fc.constantFrom('vLLM', 'Megatron-LM', 'PyTorch', 'LoRA', 'Spark', '推理优化'),
  domain: fc.constantFrom(...SKILL_DOMAIN_IDS),
  level: fc.integer({ min: 0, max: 4 }),
  evidence: fc.uniqueArray(fc.constantFrom(...EVIDENCE_KINDS), { maxLength: 3 }),
})

/** Options in CNY (prices to 4 decimals), some under water, with or without a cliff. */
const sharePrice = fc.integer({ min: 0, max: 2_000_000 }).map((value) => value / 10_000)
export const optionsArbitrary = fc.record({
  count: fc.integer({ min: 1, max: 1_000_000 }),
  strikePrice: sharePrice,
  sharePrice: fc
    .tuple(sharePrice, sharePrice)
    .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
  listed: fc.boolean(),
  schedule: fc.constantFrom([25, 25, 25, 25], [10, 20, 30, 40], [100], [50, 50]),
  cliffMonths: fc.constantFrom(0, 6, 12, 18),
  discountPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
})

export const compensationArbitrary = fc.record({
  base: fc.oneof(
    fc.record({
      kind: fc.constant('monthly' as const),
      monthly: amountRange.map((r) => ({ low: r.low / 10 + 5_000, high: r.high / 10 + 5_000 })),
      months: fc.integer({ min: 12, max: 18 }),
    }),
    fc.record({
      kind: fc.constant('annual' as const),
      annual: amountRange.map((r) => ({ low: r.low + 60_000, high: r.high + 60_000 })),
    }),
  ),
  yearEndBonus: fc.option(
    fc.record({ kind: fc.constant('months' as const), months: fc.integer({ min: 0, max: 6 }) }),
    { nil: undefined },
  ),
  signOn: fc.option(amountRange, { nil: undefined }),
  stock: fc.option(fc.record({ kind: fc.constant('per-year' as const), perYear: amountRange }), {
    nil: undefined,
  }),
  options: fc.option(optionsArbitrary, { nil: undefined }),
})

/** Cities as users write them: hub cities in several spellings, one without a preset, none. */
const CITY = fc.constantFrom(
  '北京',
  'Shanghai',
  '武汉',
  '',
  'hangzhou',
  'beijing, China',
  'BJ',
  '深圳市',
)

export const checklistArbitrary = fc.record(
  Object.fromEntries(
    CHECKLIST_ITEM_IDS.map((id) => [id, fc.constantFrom(...CHECKLIST_ANSWERS)]),
  ) as Record<ChecklistItemId, fc.Arbitrary<(typeof CHECKLIST_ANSWERS)[number]>>,
)

export const offerArbitrary = fc.record({
  id: fc.uuid(),
  company: fc.constantFrom('某大厂', 'Startup AI', '某车企', 'Institute'),
  employerKind: fc.constantFrom(...OFFER_EMPLOYER_KINDS),
  funding: fc.constantFrom(...FUNDING_SIGNALS),
  pay: compensationArbitrary,
  checklist: checklistArbitrary,
  redFlags: fc.uniqueArray(fc.constantFrom(...RED_FLAG_IDS)),
  employerEager: fc.constantFrom(...CHECKLIST_ANSWERS),
  roleDomains: fc.uniqueArray(fc.constantFrom(...SKILL_DOMAIN_IDS), { maxLength: 4 }),
  city: fc.option(CITY, { nil: undefined }),
})

export const profileArbitrary = fc.record({
  education: fc.constantFrom(...EDUCATION_LEVELS),
  phdInField: fc.boolean(),
  yearsOfExperience: fc.integer({ min: 0, max: 30 }),
  city: CITY,
  currentEmployer: fc.constantFrom(...CURRENT_EMPLOYER_KINDS),
  roleFamily: fc.constantFrom(...ROLE_FAMILIES),
  stability: fc.constantFrom(...EMPLOYMENT_STABILITY),
  leadership: fc.record({
    businessLine: fc.boolean(),
    team: fc.boolean(),
    openSource: fc.boolean(),
  }),
  currentPay: fc.option(compensationArbitrary, { nil: undefined }),
})

export const inputArbitrary: fc.Arbitrary<AssessmentInput> = fc
  .record({
    profile: profileArbitrary,
    skills: fc.uniqueArray(skillArbitrary, { maxLength: 15, selector: (skill) => skill.id }),
    offers: fc.uniqueArray(offerArbitrary, { maxLength: 3, selector: (offer) => offer.id }),
    settings: fc.record({ marketMood: fc.constantFrom(...MARKET_MOODS) }),
  })
  .map((draft) => assessmentInputSchema.parse(draft))
