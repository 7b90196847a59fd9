import type { TFunction } from 'i18next'
import {
  CHECKLIST_ITEM_IDS,
  OFFER_EMPLOYER_KINDS,
  RED_FLAG_IDS,
  TIER_IDS,
  type OfferEmployerKind,
  type TierId,
} from '../../domain/model/enums'
import { fenFromYuan, type Fen } from '../../domain/money'
import type { Reason } from '../../domain/reason'
import {
  CHECKLIST_RULE_IDS,
  EMPLOYER_RULE_IDS,
  checklistRuleId,
  employerRuleId,
} from '../../domain/risk/risk-rule-ids'
import type { Assumption } from '../../domain/ruleset/citation'
import { baselineRuleFor, tierRuleFor } from '../../domain/ruleset/lookup'
import type { Ruleset } from '../../domain/ruleset/ruleset-schema'
import { formatChange, formatChangeRange, formatYuan } from '../format/amount'
import type { UiLanguage } from '../i18n/i18n'
import { cityName, formatNumber, formatShare, joinList, tierName } from './names'
import {
  booleanFact,
  numberFact,
  sentenceFrom,
  stringFact,
  type ReasonSentence,
  type SentenceRegistry,
} from './reason-sentence'
import { bonusCliffText } from '../screens/offers/bonus-cliff-text'
import { SKILL_SENTENCES, skillReasonAssumption } from './skill-reason-text'

/** The ids of the rules in one part of the ruleset that carry an id of their own. */
type IdsIn<Part> = Extract<Part[keyof Part], { id: string }>['id']
type RecommendationRuleId = IdsIn<Ruleset['recommendation']>
/** The tax's rules, and the bonus-cliff warning the tax gives under the separate bonus rule. */
type TaxRuleId = IdsIn<Ruleset['tax']> | 'iit-bonus-cliff'
type RiskRuleId = IdsIn<Omit<Ruleset['risk'], 'levels'>>
type DownsideRuleId = Ruleset['downside']['id'] | Ruleset['downside']['severance']['id']
type FixedRuleId =
  RecommendationRuleId | TaxRuleId | RiskRuleId | DownsideRuleId | Ruleset['options']['id']

/** The pay band reason of the recommendation names the user's tier in its id ("band:premium"). */
export function bandRuleId(tier: TierId): `band:${TierId}` {
  return `band:${tier}`
}

// ── Names from the ruleset, in the interface language ──────────────────────────────────────

const localName = (rule: { nameEn: string; nameZhHans: string }, language: UiLanguage) =>
  language === 'zh-CN' ? rule.nameZhHans : rule.nameEn

/** An employer kind's name ("Startup", "创业公司"). */
export function employerName(
  ruleset: Ruleset,
  kind: OfferEmployerKind,
  language: UiLanguage,
): string {
  return localName(baselineRuleFor(ruleset, kind), language)
}

/** A checklist item's name ("Has a model product"); an unknown id reads as itself. */
export function checklistItemName(ruleset: Ruleset, item: string, language: UiLanguage): string {
  const rule = ruleset.risk.checklist.find((candidate) => candidate.id === item)
  return rule ? localName(rule, language) : item
}

/** A red flag's name ("Chasing leaderboards"); an unknown id reads as itself. */
export function redFlagName(ruleset: Ruleset, flag: string, language: UiLanguage): string {
  const rule = ruleset.risk.redFlags.find((candidate) => candidate.id === flag)
  return rule ? localName(rule, language) : flag
}

const isTier = (value: string): value is TierId => (TIER_IDS as readonly string[]).includes(value)
const isEmployerKind = (value: string): value is OfferEmployerKind =>
  (OFFER_EMPLOYER_KINDS as readonly string[]).includes(value)

/** A yuan fact as an amount ("3.2万", "32k"). */
function yuanFact(reason: Reason, key: string, language: UiLanguage): string {
  return formatYuan(numberFact(reason, key), language)
}

/** A yuan fact as the fen it stands for. */
function fenFact(reason: Reason, key: string): Fen {
  return fenFromYuan(numberFact(reason, key))
}

/** A percent fact (41.3 = 41.3%). */
function percentFact(reason: Reason, key: string, language: UiLanguage): string {
  return formatShare(numberFact(reason, key) / 100, language)
}

const priceFormats = new Map<UiLanguage, Intl.NumberFormat>()
/** A share or strike price: up to four decimals (a strike of 0.0125 is common). */
function formatPrice(value: number, language: UiLanguage): string {
  let format = priceFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 4 })
    priceFormats.set(language, format)
  }
  return format.format(value)
}

// ── Transition risk (risk/transition-risk.ts) ──────────────────────────────────────────────

const employerSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const kind = stringFact(reason, 'employerKind')
  return t('offerVerdict.reasons.employer', {
    employer: isEmployerKind(kind) ? employerName(ruleset, kind, language) : kind,
  })
}

const checklistSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const item = checklistItemName(ruleset, stringFact(reason, 'item'), language)
  const answer = stringFact(reason, 'answer')
  if (answer === 'yes') return t('offerVerdict.reasons.checklist.yes', { item })
  if (answer === 'no') return t('offerVerdict.reasons.checklist.no', { item })
  return t('offerVerdict.reasons.checklist.unknown', { item })
}

const redFlagSentence: ReasonSentence = (reason, { t, language, ruleset }) =>
  t('offerVerdict.reasons.redFlag', {
    flag: redFlagName(ruleset, stringFact(reason, 'redFlag') || reason.ruleId, language),
  })

const FUNDING = ['strong-backers', 'funded', 'unfunded', 'unknown'] as const
const MOODS = ['hot', 'normal', 'cautious'] as const

function oneOf<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback
}

// ── The recommendation (recommend/recommend.ts) ────────────────────────────────────────────

const POSITIONS = ['below', 'straddles', 'within', 'above', 'unknown'] as const

const bandSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const tierId = stringFact(reason, 'tier')
  const tier = isTier(tierId) ? tierId : 'emerging'
  const position = oneOf(POSITIONS, stringFact(reason, 'position'), 'unknown')
  // Judged by the tier's yearly total (the worse of the two, or the only one without a current
  // pay): the sentence names that total, not the raise band it did not use.
  if (reason.facts['judgedBy'] === 'total' && position !== 'unknown') {
    const range = (low: string, high: string) => {
      const [from, to] = [numberFact(reason, low), numberFact(reason, high)]
      const [a, b] = [formatYuan(from, language), formatYuan(to, language)]
      return a === b ? a : `${a}–${b}`
    }
    // The total's own tier: premium's ≈1M+ judges an in-field PhD scored core too.
    const totalTierId = stringFact(reason, 'totalTier')
    // 'Within' where the pay's low end is, but its high end past the total's top: said so.
    const over =
      position === 'within' &&
      numberFact(reason, 'payHighYuan') > numberFact(reason, 'totalHighYuan')
    return t(`offerVerdict.reasons.bandTotal.${over ? 'withinOrAbove' : position}`, {
      tier: tierName(ruleset, isTier(totalTierId) ? totalTierId : tier, language),
      total: range('totalLowYuan', 'totalHighYuan'),
      pay: range('payLowYuan', 'payHighYuan'),
    })
  }
  const words = {
    tier: tierName(ruleset, tier, language),
    band: formatChangeRange(
      { low: numberFact(reason, 'bandLow'), high: numberFact(reason, 'bandHigh') },
      language,
    ),
  }
  // The offer's own raise where the engine states it: a deep cut says how deep.
  if (position !== 'unknown' && typeof reason.facts['raiseLow'] === 'number') {
    // A pay cut whichever end it settles at is named a cut, not "a raise of −61.1%" (review 19).
    const [raiseLow, raiseHigh] = [numberFact(reason, 'raiseLow'), numberFact(reason, 'raiseHigh')]
    if (raiseHigh < 0) {
      const [least, most] = [formatShare(-raiseHigh, language), formatShare(-raiseLow, language)]
      return t(`offerVerdict.reasons.bandCut.${position}`, {
        ...words,
        cut: least === most ? least : `${least} – ${most}`,
      })
    }
    // A raise of +78.6% – +119.8% against +30% – +100% is not "within": its top is above.
    const over = position === 'within' && raiseHigh > numberFact(reason, 'bandHigh')
    const raise = formatChangeRange({ low: raiseLow, high: raiseHigh }, language)
    // Within by the low ends while the widest range starts below the band: the figure that
    // judged is said beside it (trial 13 M3: "+14.3% – … within +30% – +100%").
    if (position === 'within' && typeof reason.facts['raiseLowEnds'] === 'number') {
      return t(`offerVerdict.reasons.bandRaise.${over ? 'withinOrAbove' : 'within'}ByLowEnds`, {
        ...words,
        raise,
        lowEnds: formatChange(numberFact(reason, 'raiseLowEnds'), language),
      })
    }
    return t(`offerVerdict.reasons.bandRaise.${over ? 'withinOrAbove' : position}`, {
      ...words,
      raise,
    })
  }
  return t(`offerVerdict.reasons.band.${position}`, words)
}

/** Why the leverage is weak: the employer's eagerness and the fit, each where it falls short. */
function weakLeverage(reason: Reason, t: TFunction, language: UiLanguage): string {
  const eager = stringFact(reason, 'employerEager')
  const parts: string[] = []
  if (eager === 'no') parts.push(t('offerVerdict.reasons.leverage.notEager'))
  else if (eager !== 'yes') parts.push(t('offerVerdict.reasons.leverage.eagerUnknown'))
  if (!booleanFact(reason, 'fitClose')) parts.push(t('offerVerdict.reasons.leverage.fitNotClose'))
  return joinList(parts, language)
}

/** Why a high risk is the user's to carry: their job is uncertain, or they have none. */
function situation(reason: Reason, t: TFunction): string {
  const stability = stringFact(reason, 'stability')
  if (stability === 'not-employed') return t('offerVerdict.reasons.situation.notEmployed')
  if (stability === 'stable') return t('offerVerdict.reasons.situation.stable')
  if (stability === 'unknown') return t('offerVerdict.reasons.situation.unknown')
  return t('offerVerdict.reasons.situation.uncertain')
}

// ── Downside (risk/downside.ts) ────────────────────────────────────────────────────────────

/** The downside reason comes from two places: the priced downside (its assumptions spelled
 *  out) and the recommendation to negotiate a high risk (the risk score only). */
const downsideSentence: ReasonSentence = (reason, { t, language }) => {
  if (reason.facts['horizonMonths'] === undefined) {
    return t('offerVerdict.reasons.downsideRisk', {
      score: formatNumber(numberFact(reason, 'riskScore'), language),
    })
  }
  // The options count if all goes well, not if it fails: said where the offer has some.
  const key = booleanFact(reason, 'optionsNotCountedIfItFails')
    ? 'offerVerdict.reasons.downsideNoOptions'
    : 'offerVerdict.reasons.downside'
  return t(key, {
    horizon: formatNumber(numberFact(reason, 'horizonMonths'), language),
    chance: percentFact(reason, 'failureChancePercent', language),
    failsAfter: formatNumber(numberFact(reason, 'failsAfterMonths'), language),
    search: formatNumber(numberFact(reason, 'searchMonths'), language),
    lateral: formatNumber(numberFact(reason, 'lateralMonths'), language),
    lateralPay: booleanFact(reason, 'lateralIsCurrentPay')
      ? t('offerVerdict.reasons.lateral.current')
      : t('offerVerdict.reasons.lateral.offer'),
  })
}

const CAP_SOURCES = ['city', 'your-cap', 'rules', 'placeholder'] as const

const severanceSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const service = numberFact(reason, 'serviceMonths')
  // Which wage the cap is three times of: the city's, the user's, or a placeholder.
  const capSource = oneOf(CAP_SOURCES, stringFact(reason, 'capSource'), 'placeholder')
  const values = {
    count: service,
    service: formatNumber(service, language),
    cap: formatYuan(numberFact(reason, 'capMonthlyYuan'), language),
    // Exact, so the sum can be redone: 37,302 = 3 × 12,434 (37.3k and 12.4k do not add up).
    basis: t(`offerVerdict.reasons.severanceCapBasis.${capSource}`, {
      city: cityName(ruleset, stringFact(reason, 'capCity'), language),
      year: String(numberFact(reason, 'capYear')),
      capExact: formatNumber(numberFact(reason, 'capMonthlyYuan'), language),
      multiple: formatNumber(ruleset.downside.severance.capMultiple, language),
      average: formatNumber(numberFact(reason, 'averageMonthlyWageYuan'), language),
    }),
  }
  return booleanFact(reason, 'extraMonth')
    ? t('offerVerdict.reasons.severanceWithNotice', values)
    : t('offerVerdict.reasons.severance', values)
}

// ── Tax (tax/china-income-tax.ts) ──────────────────────────────────────────────────────────

const socialInsuranceSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const chosenBy = oneOf(['setting', 'city', 'fallback'], stringFact(reason, 'chosenBy'), 'city')
  const source = t(`offerVerdict.reasons.socialInsuranceSource.${chosenBy}`, {
    city: cityName(ruleset, stringFact(reason, 'city'), language),
    year: String(numberFact(reason, 'presetYear')),
  })
  return t('offerVerdict.reasons.socialInsurance', {
    rate: percentFact(reason, 'ratePercent', language),
    base: yuanFact(reason, 'baseMonthlyYuan', language),
    annual: yuanFact(reason, 'annualYuan', language),
    source:
      stringFact(reason, 'overridden') === ''
        ? source
        : t('offerVerdict.reasons.socialInsuranceOverridden', { source }),
  })
}

const bonusMethodSentence: ReasonSentence = (reason, { t, language, ruleset }) => {
  const saving = numberFact(reason, 'savingYuan')
  const values = {
    saving: formatYuan(saving, language),
    year: String(ruleset.tax.bonusSeparate.validThroughYear),
  }
  if (stringFact(reason, 'method') === 'separate')
    return t('offerVerdict.reasons.bonus.separate', values)
  if (!booleanFact(reason, 'separateAllowed'))
    return t('offerVerdict.reasons.bonus.separateEnded', values)
  return saving > 0
    ? t('offerVerdict.reasons.bonus.merged', values)
    : t('offerVerdict.reasons.bonus.mergedSame', values)
}

const optionsSentence: ReasonSentence = (reason, { t, language }) => {
  const low = formatPrice(numberFact(reason, 'sharePriceLow'), language)
  const high = formatPrice(numberFact(reason, 'sharePriceHigh'), language)
  const fromOffer = stringFact(reason, 'discountFrom') === 'offer'
  return t('offerVerdict.reasons.options', {
    number: formatNumber(numberFact(reason, 'count'), language),
    strikePrice: formatPrice(numberFact(reason, 'strikePrice'), language),
    price: low === high ? low : `${low}–${high}`,
    currency: stringFact(reason, 'currency'),
    discount: percentFact(reason, 'discountPercent', language),
    from: fromOffer
      ? t('offerVerdict.reasons.optionsDiscount.offer')
      : booleanFact(reason, 'listed')
        ? t('offerVerdict.reasons.optionsDiscount.listed')
        : t('offerVerdict.reasons.optionsDiscount.unlisted'),
  })
}

/** One sentence a rule with an id of its own, checked complete by the type. */
const RULE_SENTENCES: Record<FixedRuleId, ReasonSentence> = {
  // Transition risk.
  funding: (reason, { t }) =>
    t(`offerVerdict.reasons.funding.${oneOf(FUNDING, stringFact(reason, 'funding'), 'unknown')}`),
  exposure: (_reason, { t }) => t('offerVerdict.reasons.exposure'),
  'market-mood': (reason, { t }) =>
    t(`offerVerdict.reasons.mood.${oneOf(MOODS, stringFact(reason, 'mood'), 'normal')}`),
  // The recommendation.
  'eager-employer': (_reason, { t }) => t('offerVerdict.reasons.eagerEmployer'),
  'demand-exceeds-supply': (_reason, { t }) => t('offerVerdict.reasons.demandExceedsSupply'),
  'wait-for-commitment': (reason, { t, language }) =>
    t('offerVerdict.reasons.waitForCommitment', {
      score: formatNumber(numberFact(reason, 'riskScore'), language),
    }),
  'strength-before-pay': (reason, { t, language, ruleset }) => {
    if (reason.facts['redFlags'] !== undefined) {
      const count = numberFact(reason, 'redFlags')
      return t('offerVerdict.reasons.strengthRedFlags', {
        count,
        formatted: formatNumber(count, language),
      })
    }
    return t('offerVerdict.reasons.strengthUnanswered', {
      formatted: formatNumber(numberFact(reason, 'unansweredItems'), language),
      total: formatNumber(ruleset.risk.checklist.length, language),
    })
  },
  'pay-not-judged': (_reason, { t }) => t('offerVerdict.reasons.payNotJudged'),
  'negotiate-weak-leverage': (reason, { t, language }) =>
    t(
      stringFact(reason, 'position') === 'straddles'
        ? 'offerVerdict.reasons.negotiateWeakLeverageStraddles'
        : 'offerVerdict.reasons.negotiateWeakLeverage',
      { why: weakLeverage(reason, t, language) },
    ),
  'negotiate-high-risk': (reason, { t, language }) =>
    t('offerVerdict.reasons.negotiateHighRisk', {
      score: formatNumber(numberFact(reason, 'riskScore'), language),
      situation: situation(reason, t),
    }),
  // The downside.
  downside: downsideSentence,
  severance: severanceSentence,
  // Pay and tax.
  'options-value': optionsSentence,
  'social-insurance': socialInsuranceSentence,
  'special-deductions': (reason, { t, language }) =>
    t('offerVerdict.reasons.specialDeductions', {
      amount: yuanFact(reason, 'annualYuan', language),
    }),
  'iit-annual': (reason, { t, language }) =>
    t('offerVerdict.reasons.annualTax', {
      taxable: yuanFact(reason, 'taxableYuan', language),
      rate: percentFact(reason, 'ratePercent', language),
    }),
  'iit-bonus-separate': bonusMethodSentence,
  'iit-extra-months-as-bonus': (reason, { t, language }) =>
    t('offerVerdict.reasons.extraMonths', {
      amount: yuanFact(reason, 'extraMonthsYuan', language),
    }),
  'iit-sign-on-as-wages': (reason, { t, language }) =>
    t('offerVerdict.reasons.signOn', { amount: yuanFact(reason, 'signOnYuan', language) }),
  // The comparison's and the verdict's words for the same edge (one sentence everywhere).
  'iit-bonus-cliff': (reason, { t, language }) =>
    bonusCliffText(
      {
        edge: fenFact(reason, 'edgeYuan'),
        extraIncome: fenFact(reason, 'extraIncomeYuan'),
        extraTax: fenFact(reason, 'extraTaxYuan'),
      },
      { t, language },
      'offer',
    ),
  'iit-stock-separate': (reason, { t, language }) =>
    t('offerVerdict.reasons.stock', {
      stock: yuanFact(reason, 'stockYuan', language),
      tax: yuanFact(reason, 'taxYuan', language),
    }),
  // The whole spread is taxed where the options pay; the totals count the share kept of it, and
  // of its tax (d0f63e3: the tax was on the counted share, as if 12万 were the spread).
  'iit-options-exercise': (reason, { t, language }) =>
    t(
      booleanFact(reason, 'separate')
        ? 'offerVerdict.reasons.optionsExerciseSeparate'
        : 'offerVerdict.reasons.optionsExerciseMerged',
      {
        spread: yuanFact(reason, 'spreadYuan', language),
        keep: percentFact(reason, 'keepPercent', language),
        full: yuanFact(reason, 'spreadTaxYuan', language),
        tax: yuanFact(reason, 'expectedTaxYuan', language),
      },
    ),
}

/**
 * Every rule id the offer side of the engine gives a reason for (transition risk, the
 * recommendation, the downside, pay and tax), with its sentence. Red flags carry their own
 * id; the employer, checklist and pay band carry what they are about ("checklist:roadmap").
 */
export const OFFER_SENTENCES: SentenceRegistry = new Map<string, ReasonSentence>([
  ...OFFER_EMPLOYER_KINDS.map((kind): [string, ReasonSentence] => [
    employerRuleId(kind),
    employerSentence,
  ]),
  ...CHECKLIST_ITEM_IDS.map((item): [string, ReasonSentence] => [
    checklistRuleId(item),
    checklistSentence,
  ]),
  ...TIER_IDS.map((tier): [string, ReasonSentence] => [bandRuleId(tier), bandSentence]),
  ...RED_FLAG_IDS.map((flag): [string, ReasonSentence] => [flag, redFlagSentence]),
  ...Object.entries(RULE_SENTENCES),
])

/** An offer's reasons also name the skill modifiers behind an accept ("in-field move"). */
const OFFER_AND_SKILL_SENTENCES: SentenceRegistry = new Map([
  ...SKILL_SENTENCES,
  ...OFFER_SENTENCES,
])

/**
 * An offer reason in plain words, with its points where it adds any: "Startup, …: +55 points".
 * A line of the risk score says its points even where they are 0 ("A startup with funding …:
 * +0 points", "“Roadmap” confirmed: +0 points"): each other line of that list says its own, and
 * a line without a figure read as one whose figure was lost (trial 34 #6).
 */
export function offerReasonText(
  reason: Reason,
  t: TFunction,
  language: UiLanguage,
  ruleset: Ruleset,
): string {
  return sentenceFrom(
    OFFER_AND_SKILL_SENTENCES,
    reason,
    { t, language, ruleset },
    { zeroShown: isRiskLine(reason.ruleId, ruleset) },
  )
}

const RISK_LINE_IDS: ReadonlySet<string> = new Set<string>([
  ...EMPLOYER_RULE_IDS,
  ...CHECKLIST_RULE_IDS,
  ...RED_FLAG_IDS,
])

/** Whether a reason is a line of the transition risk's score (risk/transition-risk.ts). */
function isRiskLine(ruleId: string, ruleset: Ruleset): boolean {
  const { funding, exposure, marketMood } = ruleset.risk
  return (
    RISK_LINE_IDS.has(ruleId) ||
    ruleId === funding.id ||
    ruleId === exposure.id ||
    ruleId === marketMood.id
  )
}

/**
 * The assumption behind an offer reason's number, with its note, found in the ruleset by the
 * reason's rule id (the reason only says whether there is one).
 */
export function offerReasonAssumption(ruleset: Ruleset, reason: Reason): Assumption | undefined {
  const { ruleId } = reason
  const [family, subject = ''] = ruleId.split(':')
  if (family === 'employer' && isEmployerKind(subject))
    return baselineRuleFor(ruleset, subject).assumption
  if (family === 'checklist')
    return ruleset.risk.checklist.find((item) => item.id === subject)?.assumption
  // The band reason rests on the tier's rule, as the recommendation cites it.
  if (family === 'band' && isTier(subject)) return tierRuleFor(ruleset, subject).assumption
  const { risk, recommendation, downside, tax, options } = ruleset
  const redFlag = risk.redFlags.find((flag) => flag.id === ruleId)
  if (redFlag) return redFlag.assumption
  if (ruleId === 'iit-bonus-cliff') return tax.bonusSeparate.assumption
  if (ruleId === tax.socialInsurance.id) {
    const preset = tax.socialInsurance.presets.find(
      (candidate) => candidate.cityId === stringFact(reason, 'city'),
    )
    return (
      preset?.assumption ??
      (stringFact(reason, 'chosenBy') === 'fallback'
        ? tax.socialInsurance.fallbackAssumption
        : tax.socialInsurance.assumption)
    )
  }
  const cited: { id: string; assumption?: Assumption | undefined }[] = [
    risk.funding,
    risk.exposure,
    risk.marketMood,
    downside,
    downside.severance,
    options,
    ...Object.values(tax).filter(hasId),
    ...Object.values(recommendation).filter(hasId),
  ]
  const rule = cited.find((candidate) => candidate.id === ruleId)
  return rule ? rule.assumption : skillReasonAssumption(ruleset, reason)
}

/** The entries of a part of the ruleset that are rules with an id (not its numbers or notes). */
function hasId<T>(value: T): value is Extract<T, { id: string }> {
  return typeof value === 'object' && value !== null && 'id' in value
}
