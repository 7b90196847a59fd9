import { z } from 'zod'
import {
  CHECKLIST_ITEM_IDS,
  FUNDING_SIGNALS,
  MARKET_MOODS,
  OFFER_EMPLOYER_KINDS,
  RED_FLAG_IDS,
  SKILL_DOMAIN_IDS,
  TIER_IDS,
} from '../model/enums'
import { assumptionSchema, citationSchema } from './citation'
import { citySchema, socialInsuranceRuleSchema } from './city-schema'
import { MARKET_PAY_IDS, marketPayRuleSchema } from './market-pay-schema'

/** A skill domain's premium class, S the highest: the class sets the domain's points at level 4. */
const PREMIUM_CLASSES = ['S', 'A', 'B', 'C'] as const

/** One bracket of a progressive tax table: tax = amount × rate − quick deduction. */
const taxBracketSchema = z
  .object({
    /** Upper bound of the bracket in yuan (null: no upper bound). */
    upToYuan: z.number().positive().nullable(),
    ratePercent: z.number().min(0).max(100),
    quickDeductionYuan: z.number().nonnegative(),
  })
  .strict()
export type TaxBracket = z.infer<typeof taxBracketSchema>

function ascendingBrackets(brackets: TaxBracket[]): boolean {
  return brackets.every((current, index) => {
    if (index === brackets.length - 1) return current.upToYuan === null
    const next = brackets[index + 1]
    return (
      current.upToYuan !== null &&
      next !== undefined &&
      (next.upToYuan === null || next.upToYuan > current.upToYuan)
    )
  })
}

/**
 * The whole ruleset's schema, built when first used: some 300 zod schemas whose construction cost
 * every start tens of milliseconds, though only checking overrides, an import or a test reads it.
 */
function buildRulesetSchema() {
  const cited = { citation: citationSchema, assumption: assumptionSchema.optional() }
  /** A rule that is Tidemark's own choice beyond the article and the spec: always an assumption. */
  const choice = { citation: citationSchema, assumption: assumptionSchema }
  const points = z.number().min(-100).max(100)
  const fraction = z.number().min(0).max(1)
  const names = { nameZhHans: z.string().min(1), nameEn: z.string().min(1) }

  const skillDomainRuleSchema = z
    .object({
      id: z.enum(SKILL_DOMAIN_IDS),
      ...names,
      premiumClass: z.enum(PREMIUM_CLASSES),
      ...cited,
    })
    .strict()

  const tierRuleSchema = z
    .object({
      id: z.enum(TIER_IDS),
      ...names,
      /** The lowest premium score of the tier (tiers are tried from the top). */
      minScore: z.number().min(0).max(100),
      /** Core only: an S-class domain at the top level, with evidence. */
      requiresExpertSClass: z.boolean().default(false),
      /** Mid only: an S- or A-class domain at "working" level or above (an algorithm engineer). */
      requiresAlgorithmBase: z.boolean().default(false),
      /** Why the entry gate (a level-4 S skill, an S/A skill at 2+) is set where it is, if it is a guess. */
      gateAssumption: assumptionSchema.optional(),
      /** The raise a move can command, as fractions (0.2 = +20%). */
      raiseBand: z
        .object({ low: z.number().min(-1).max(10), high: z.number().min(-1).max(10) })
        .strict(),
      /** Total pay a year the tier commands, yuan, where the article gives one. */
      totalBandYuan: z
        .object({ low: z.number().nonnegative(), high: z.number().nonnegative() })
        .strict()
        .optional(),
      ...cited,
    })
    .strict()

  return z
    .object({
      kind: z.literal('tidemark-ruleset'),
      version: z.number().int().positive(),
      source: z.object({ article: z.string(), script: z.literal('zh-Hant') }).strict(),

      skillDomains: z.array(skillDomainRuleSchema).length(SKILL_DOMAIN_IDS.length),
      cities: z.array(citySchema).min(1),
      scoring: z
        .object({
          /** Points of a domain at level 4, by premium class. */
          classMaxPoints: z.record(z.enum(PREMIUM_CLASSES), z.number().min(0).max(100)),
          /** Share of the class points earned at each level 0-4. */
          levelFactors: z.array(fraction).length(5),
          /** Weights of the best, second-best, … domain: depth counts most, breadth some. */
          depthWeights: z.array(fraction).min(1).max(12),
          assumption: assumptionSchema,
        })
        .strict()
        .refine((s) => s.levelFactors.every((f, i, all) => i === 0 || f >= (all[i - 1] ?? 0)), {
          error: 'level factors must not decrease',
          path: ['levelFactors'],
        })
        .refine((s) => s.depthWeights.every((w, i, all) => i === 0 || w <= (all[i - 1] ?? 1)), {
          error: 'depth weights must not increase',
          path: ['depthWeights'],
        }),
      evidenceCap: z
        .object({
          id: z.literal('evidence-cap'),
          maxLevelWithoutEvidence: z.number().int().min(0).max(4),
          ...cited,
        })
        .strict(),

      modifiers: z
        .object({
          breadth: z
            .object({
              id: z.literal('breadth'),
              domains: z.array(z.enum(SKILL_DOMAIN_IDS)).min(2),
              minLevel: z.number().int().min(1).max(4),
              /** Points by how many of the domains are at minLevel: index 0, 1, 2, 3. */
              pointsByCount: z.array(points).min(2),
              ...cited,
            })
            .strict(),
          phdInField: z.object({ id: z.literal('phd-in-field'), points, ...cited }).strict(),
          yearsNotEnough: z
            .object({ id: z.literal('years-not-enough'), minYears: z.number().min(0), ...cited })
            .strict(),
          leadership: z
            .object({
              id: z.literal('leadership'),
              pointsForOne: points,
              pointsForTwoOrMore: points,
              ...cited,
              /** The sentence behind leading a business line alone (the mover's, L12): the
               *  rule's own quote is about open-source and team management (L5). */
              businessLineCitation: citationSchema.optional(),
            })
            .strict(),
          hubCity: z
            .object({
              id: z.literal('hub-city'),
              points,
              /** Ids in `cities`: matched however the user writes the name. */
              cityIds: z.array(z.string().min(1)).min(1),
              ...cited,
            })
            .strict(),
          inFieldTransition: z
            .object({
              id: z.literal('in-field-transition'),
              points,
              domains: z.array(z.enum(SKILL_DOMAIN_IDS)).min(1),
              minLevel: z.number().int().min(1).max(4),
              ...cited,
            })
            .strict(),
        })
        .strict(),

      tiers: z
        .array(tierRuleSchema)
        .length(TIER_IDS.length)
        .refine((tiers) => tiers.every((tier) => tier.raiseBand.low <= tier.raiseBand.high), {
          error: 'a raise band has low above high',
        })
        // The yearly total now judges pay and lifts the expected total (assess.ts): 3M-2M would
        // call every premium offer below and show a total running backwards.
        .refine(
          (tiers) =>
            tiers.every(
              (tier) =>
                tier.totalBandYuan === undefined ||
                tier.totalBandYuan.low <= tier.totalBandYuan.high,
            ),
          { error: 'a yearly total has low above high' },
        ),

      risk: z
        .object({
          baselines: z
            .array(
              z
                .object({ employerKind: z.enum(OFFER_EMPLOYER_KINDS), points, ...names, ...cited })
                .strict(),
            )
            .length(OFFER_EMPLOYER_KINDS.length),
          checklist: z
            .array(
              z
                .object({
                  id: z.enum(CHECKLIST_ITEM_IDS),
                  ...names,
                  noPoints: points,
                  unknownPoints: points,
                  ...cited,
                })
                .strict(),
            )
            .length(CHECKLIST_ITEM_IDS.length),
          redFlags: z
            .array(z.object({ id: z.enum(RED_FLAG_IDS), ...names, points, ...cited }).strict())
            .length(RED_FLAG_IDS.length),
          funding: z
            .object({
              id: z.literal('funding'),
              points: z.record(z.enum(FUNDING_SIGNALS), points),
              ...cited,
            })
            .strict(),
          exposure: z.object({ id: z.literal('exposure'), points, ...cited }).strict(),
          marketMood: z
            .object({
              id: z.literal('market-mood'),
              points: z.record(z.enum(MARKET_MOODS), points),
              ...cited,
            })
            .strict(),
          levels: z
            .object({
              mediumFrom: z.number().min(0).max(100),
              highFrom: z.number().min(0).max(100),
              assumption: assumptionSchema,
            })
            .strict()
            .refine((levels) => levels.mediumFrom <= levels.highFrom, {
              error: 'mediumFrom must not exceed highFrom',
            }),
        })
        .strict(),

      /** Stock options: from zero to paper value, expected at a discount (an assumption). */
      options: z
        .object({
          id: z.literal('options-value'),
          /** Percent off the paper value for the expected value, listed or unlisted company. */
          discountPercent: z
            .object({ listed: z.number().min(0).max(100), unlisted: z.number().min(0).max(100) })
            .strict(),
          ...choice,
        })
        .strict(),

      downside: z
        .object({
          id: z.literal('downside'),
          horizonMonths: z.number().int().min(1).max(120),
          /** Chance the role fails within the horizon at risk score 0 and at 100 (linear between). */
          failureChanceAtZero: fraction,
          failureChanceAtMax: fraction,
          /** When a failing role ends, in months after joining. */
          failsAfterMonths: z.number().int().min(0).max(120),
          /** Months without pay while searching again; then lateral pay (the current pay). */
          searchMonths: z.number().int().min(0).max(60),
          ...cited,
          severance: z
            .object({
              id: z.literal('severance'),
              /** N+1: one more month in lieu of notice (劳动合同法 第四十条). */
              extraMonthInLieuOfNotice: z.boolean(),
              /** The city's average monthly wage, yuan; pay above 3× it is capped (第四十七条). */
              localAverageMonthlyWageYuan: z.number().positive(),
              capMultiple: z.number().positive(),
              capYears: z.number().int().positive(),
              ...cited,
              /**
               * Where the job's city has a social-insurance preset, the average comes from its
               * contribution-base cap (the base cap ÷ this multiple) instead of the figure above.
               */
              cityAverage: z.object({ baseCapMultiple: z.number().positive(), ...choice }).strict(),
            })
            .strict(),
        })
        .strict()
        .refine((d) => d.failureChanceAtZero <= d.failureChanceAtMax, {
          error: 'failure chance must not fall with risk',
        }),

      recommendation: z
        .object({
          /** L50: this many red flags or more means decline. */
          declineAtRedFlags: z.number().int().min(1),
          /** L35 items answered "no" or "unknown": this many or more, with high risk, means decline. */
          declineAtUnansweredItems: z.number().int().min(1),
          /** Fit is close when this share of the role's domains is at fitLevel or above. */
          fitLevel: z.number().int().min(1).max(4),
          fitShare: fraction,
          assumption: assumptionSchema,
          eagerEmployer: z.object({ id: z.literal('eager-employer'), ...cited }).strict(),
          demandExceedsSupply: z
            .object({ id: z.literal('demand-exceeds-supply'), ...cited })
            .strict(),
          waitForCommitment: z.object({ id: z.literal('wait-for-commitment'), ...cited }).strict(),
          strengthBeforePay: z.object({ id: z.literal('strength-before-pay'), ...cited }).strict(),
          /** Beyond §6, each a choice of Tidemark's and marked so. */
          payNotJudged: z.object({ id: z.literal('pay-not-judged'), ...choice }).strict(),
          negotiateWeakLeverage: z
            .object({ id: z.literal('negotiate-weak-leverage'), ...choice })
            .strict(),
          negotiateHighRisk: z.object({ id: z.literal('negotiate-high-risk'), ...choice }).strict(),
        })
        .strict(),

      tax: z
        .object({
          annual: z
            .object({
              id: z.literal('iit-annual'),
              basicDeductionYuan: z.number().nonnegative(),
              brackets: z.array(taxBracketSchema).min(1),
              ...cited,
            })
            .strict()
            .refine((t) => ascendingBrackets(t.brackets), {
              error: 'brackets must ascend and end open',
              path: ['brackets'],
            }),
          bonusSeparate: z
            .object({
              id: z.literal('iit-bonus-separate'),
              /** The last tax year the separate method may be used (公告2023年第30号: 2027). */
              validThroughYear: z.number().int(),
              monthlyBrackets: z.array(taxBracketSchema).min(1),
              ...cited,
            })
            .strict()
            .refine((t) => ascendingBrackets(t.monthlyBrackets), {
              error: 'brackets must ascend and end open',
              path: ['monthlyBrackets'],
            }),
          stockSeparate: z
            .object({
              id: z.literal('iit-stock-separate'),
              validThroughYear: z.number().int(),
              ...cited,
            })
            .strict(),
          /** The exercise spread of options, as equity income with stock (财税〔2018〕164号). */
          optionsExercise: z.object({ id: z.literal('iit-options-exercise'), ...choice }).strict(),
          /** Months 13 and up of "N 薪" are taxed as the one-off annual bonus. */
          extraMonthsAsBonus: z
            .object({ id: z.literal('iit-extra-months-as-bonus'), ...choice })
            .strict(),
          /** A sign-on bonus is taxed as wages of year one. */
          signOnAsWages: z.object({ id: z.literal('iit-sign-on-as-wages'), ...choice }).strict(),
          socialInsurance: socialInsuranceRuleSchema,
          specialDeductions: z
            .object({
              id: z.literal('special-deductions'),
              childMonthlyYuan: z.number().nonnegative(),
              infantMonthlyYuan: z.number().nonnegative(),
              continuingEducationDegreeMonthlyYuan: z.number().nonnegative(),
              continuingEducationCertificateYearlyYuan: z.number().nonnegative(),
              mortgageMonthlyYuan: z.number().nonnegative(),
              /** Elderly parents: the whole amount for an only child; a sibling's share at most. */
              elderlyParentsMonthlyYuan: z.number().nonnegative(),
              elderlyParentsSharedMaxMonthlyYuan: z.number().nonnegative(),
              /** Serious illness: costs borne above the threshold, up to the cap, a year. */
              seriousIllnessThresholdYuan: z.number().nonnegative(),
              seriousIllnessMaxYearlyYuan: z.number().nonnegative(),
              rentMonthlyYuan: z
                .object({
                  'rent-tier-1': z.number(),
                  'rent-tier-2': z.number(),
                  'rent-tier-3': z.number(),
                })
                .strict(),
              ...cited,
            })
            .strict(),
        })
        .strict(),

      jobSearchReference: z
        .object({
          id: z.literal('job-search-reference'),
          companiesContacted: z.number().int().positive(),
          interviewsPerWeek: z.number().positive(),
          offers: z.number().int().nonnegative(),
          weeks: z.number().positive(),
          ...cited,
        })
        .strict(),

      marketFacts: z.array(z.object({ id: z.string().min(1), ...cited }).strict()),

      /** The article's yearly pay figures, which the market chart draws the user's pay against. */
      marketPay: z.array(marketPayRuleSchema).length(MARKET_PAY_IDS.length),
    })
    .strict()
    .superRefine((ruleset, context) => {
      // Every city a rule names must be one the ruleset knows how to match.
      const known = new Set(ruleset.cities.map((city) => city.id))
      const check = (cityId: string, path: (string | number)[]) => {
        if (!known.has(cityId))
          context.addIssue({ code: 'custom', path, message: `unknown city "${cityId}"` })
      }
      ruleset.modifiers.hubCity.cityIds.forEach((id, index) => {
        check(id, ['modifiers', 'hubCity', 'cityIds', index])
      })
      ruleset.tax.socialInsurance.presets.forEach((preset, index) => {
        check(preset.cityId, ['tax', 'socialInsurance', 'presets', index, 'cityId'])
      })
    })
}

export const rulesetSchema = z.lazy(buildRulesetSchema)

export type Ruleset = z.infer<typeof rulesetSchema>
export type RulesetInput = z.input<typeof rulesetSchema>
