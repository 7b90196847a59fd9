import type { TFunction } from 'i18next'
import type { AfterTax } from '../../../../domain/assess'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import type { AnnualPay } from '../../../../domain/pay/annual-pay'
import type { RiskAdjustedValue, Severance } from '../../../../domain/risk/downside'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { TaxResult } from '../../../../domain/tax/china-income-tax'
import type {
  ResolvedSocialInsurance,
  SocialInsuranceRates,
} from '../../../../domain/tax/social-insurance'
import { formatFen, formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName, formatNumber, formatShare, spaceMixedScripts } from '../../../reasons/names'
import { booleanFact, numberFact } from '../../../reasons/reason-sentence'
import { bonusCliffText } from '../bonus-cliff-text'
import { optionsNotCountedIfItFails } from '../verdict/downside-options'

export interface TextContext {
  t: TFunction
  language: UiLanguage
  ruleset: Ruleset
}

const sameRange = (a: { low: number; high: number }, b: { low: number; high: number }) =>
  a.low === b.low && a.high === b.high

/** What makes year one differ from a typical year: the sign-on, and the first year's vesting. */
export function yearOneNotes(pay: AnnualPay, { t, language }: TextContext): string[] {
  const notes: string[] = []
  if (pay.signOn.high > 0)
    notes.push(t('offerCompare.cells.signOn', { amount: formatFenRange(pay.signOn, language) }))
  if (!sameRange(pay.stockYearOne, pay.stockAveragePerYear))
    notes.push(
      t('offerCompare.cells.vestingYearOne', {
        yearOne: formatFenRange(pay.stockYearOne, language),
        typical: formatFenRange(pay.stockAveragePerYear, language),
      }),
    )
  if (notes.length === 0 && sameRange(pay.totalYearOne, pay.totalRecurring))
    notes.push(t('offerCompare.cells.sameAsTypical'))
  return notes
}

/**
 * What a typical year's total holds besides cash: stock, options at their expected value; or
 * that the options are left out, and why.
 */
export function totalNotes(pay: AnnualPay, { t, language }: TextContext): string[] {
  const notes: string[] = []
  if (pay.stockAveragePerYear.high > 0)
    notes.push(
      t('offerCompare.cells.stockPerYear', {
        amount: formatFenRange(pay.stockAveragePerYear, language),
      }),
    )
  if (pay.options && pay.options.expectedPerYear.high > 0)
    notes.push(
      t('offerCompare.cells.optionsPerYear', {
        amount: formatFenRange(pay.options.expectedPerYear, language),
      }),
    )
  if (pay.optionsUncounted)
    notes.push(
      t(`offerCompare.cells.optionsUncounted.${pay.optionsUncounted.reason}`, {
        currency: 'currency' in pay.optionsUncounted ? pay.optionsUncounted.currency : '',
      }),
    )
  return notes
}

/** The saving the engine found between the two bonus methods (a fact of its reason), in fen. */
function bonusSaving(result: TaxResult, ruleset: Ruleset): Fen | null {
  const reason = result.reasons.find((item) => item.ruleId === ruleset.tax.bonusSeparate.id)
  const saving = reason?.facts['savingYuan']
  return typeof saving === 'number' ? (Math.round(saving * 100) as Fen) : null
}

/**
 * The bonus method the engine chose for one end of the range, in words; null without a bonus.
 * `amount` is the saving as shown: this end's, or both ends' where they share the method.
 */
function bonusMethodText(
  result: TaxResult,
  context: TextContext,
  amount = savingText(result, context),
): string | null {
  const { t, ruleset } = context
  const saving = bonusSaving(result, ruleset)
  if (saving === null) return null
  if (result.bonusMethod === 'separate')
    return saving > 0
      ? t('offerCompare.bonus.separate', { saving: amount })
      : t('offerCompare.bonus.separateSame')
  if (result.taxIfSeparate === null)
    return t('offerCompare.bonus.mergedOnly', {
      year: ruleset.tax.bonusSeparate.validThroughYear,
    })
  return saving > 0
    ? t('offerCompare.bonus.merged', { saving: amount })
    : t('offerCompare.bonus.mergedSame')
}

function savingText(result: TaxResult, { language, ruleset }: TextContext): string {
  return formatFen(bonusSaving(result, ruleset) ?? (0 as Fen), language)
}

/**
 * The bonus method for the range: once where both ends agree, with the saving at each end (a
 * trial saw "54.7k less" for 880k-1.2M, the top end's alone: 26.6k at the low end), else per end.
 */
export function bonusMethodLines(afterTax: AfterTax, context: TextContext): string[] {
  const low = bonusMethodText(afterTax.low, context)
  const high = bonusMethodText(afterTax.high, context)
  if (low === null && high === null) return []
  if (afterTax.low.bonusMethod === afterTax.high.bonusMethod) {
    const { ruleset, language } = context
    const lowSaving = bonusSaving(afterTax.low, ruleset)
    const highSaving = bonusSaving(afterTax.high, ruleset)
    if (lowSaving === null || highSaving === null) return [high ?? low ?? '']
    const both = formatFenRange(
      lowSaving <= highSaving
        ? { low: lowSaving, high: highSaving }
        : { low: highSaving, high: lowSaving },
      language,
    )
    return [bonusMethodText(afterTax.high, context, both) ?? '']
  }
  const { t } = context
  return [
    ...(low ? [t('offerCompare.bonus.low', { text: low })] : []),
    ...(high ? [t('offerCompare.bonus.high', { text: high })] : []),
  ]
}

/** The tax and the social insurance the after-tax figure takes off, low end to high end. */
export function taxLine(afterTax: AfterTax, { t, language }: TextContext): string {
  const range = (low: Fen, high: Fen) =>
    formatFenRange(low <= high ? { low, high } : { low: high, high: low }, language)
  return t('offerCompare.cells.tax', {
    tax: range(afterTax.low.totalTax, afterTax.high.totalTax),
    social: range(afterTax.low.socialInsurance, afterTax.high.socialInsurance),
  })
}

/**
 * A warning per end of the range whose bonus sits just past an edge of the bonus table (the
 * verdict's words too: bonus-cliff-text.ts). Given the bonus, a warning that is one end's only
 * names that end and its bonus, as the verdict does: "The bonus is 16k yuan past" read as the
 * bonus under a 464k-585k column, where it was the low end's 160k of 160k-200k (session 21).
 */
export function cliffWarnings(
  afterTax: AfterTax,
  context: TextContext,
  whose: 'offer' | 'current' = 'offer',
  bonus?: Range<Fen>,
): string[] {
  const { t, language } = context
  const low = afterTax.low.bonusCliff
  const high = afterTax.high.bonusCliff
  const same =
    low !== null && high !== null && low.edge === high.edge && low.extraIncome === high.extraIncome
  const ends = [
    { end: 'low' as const, cliff: low },
    { end: 'high' as const, cliff: high },
  ].filter((item) => item.cliff !== null)
  return (same ? ends.slice(0, 1) : ends).map(({ end, cliff }) => {
    if (cliff === null) return ''
    const text = bonusCliffText(cliff, context, whose)
    if (same || !bonus || bonus.low === bonus.high) return text
    return t(`offerCompare.bonus.cliffAt.${end}`, { text, bonus: formatFen(bonus[end], language) })
  })
}

/** The social-insurance figures a user may set in place of a city's, in the order they are said. */
const OWN_FIGURES = [
  'baseFloorMonthly',
  'baseCapMonthly',
  'housingFundPercent',
  'pensionPercent',
  'medicalPercent',
  'unemploymentPercent',
] as const satisfies readonly (keyof SocialInsuranceRates)[]

/**
 * The figures the user set in place of the cities' ("floor 4,500, cap 22,000"); empty when
 * none is set. They apply to every column alike: the engine has one set of them, not one a city.
 */
export function ownFiguresText(
  figures: Partial<Record<keyof SocialInsuranceRates, number | undefined>>,
  { t, language }: Pick<TextContext, 't' | 'language'>,
): string {
  const said = OWN_FIGURES.flatMap((key) => {
    const value = figures[key]
    return value === undefined
      ? []
      : [t(`offerCompare.taxCity.figure.${key}`, { value: formatNumber(value, language) })]
  })
  return said.join(t('offerCompare.taxCity.figureSeparator'))
}

/**
 * Which city's social-insurance figures a column uses, and why that city; where the user set
 * figures of their own (for every column), which ones, and that they replace this city's.
 */
export function taxCityText(
  rates: ResolvedSocialInsurance,
  { t, language, ruleset }: TextContext,
): { name: string; why: string } {
  const city = cityName(ruleset, rates.preset.cityId, language)
  // With figures of the user's own the column's figures are theirs, not the preset's: the name
  // says so first, and whose preset fills in the rest (trial 7: "北京 2025 年度" read as in use).
  const ownAll = OWN_FIGURES.every((key) => rates.overridden.includes(key))
  const name =
    rates.overridden.length === 0
      ? t('offerCompare.taxCity.name', { city, year: rates.preset.year })
      : ownAll
        ? t('offerCompare.taxCity.nameOwn')
        : t('offerCompare.taxCity.nameOwnPart', { city, year: rates.preset.year })
  const because =
    rates.chosenBy === 'fallback'
      ? t('offerCompare.taxCity.fallback', { city })
      : t(`offerCompare.taxCity.${rates.chosenBy}`)
  const own = Object.fromEntries(rates.overridden.map((key) => [key, rates[key]]))
  const why =
    rates.overridden.length > 0
      ? t('offerCompare.taxCity.withOwn', {
          because,
          own: t('offerCompare.taxCity.overridden', {
            figures: ownFiguresText(own, { t, language }),
            city,
          }),
        })
      : because
  return { name: spaceMixedScripts(name, language), why: spaceMixedScripts(why, language) }
}

/** The severance a failed move counts, with what it holds; or that none is counted, for a job
 *  outside China's labour contract law. */
function severanceText(severance: Severance | null, { t, language }: TextContext): string {
  if (!severance) return t('offerCompare.cells.severance.none')
  const capped = severance.monthlyCap !== null
  const kind = severance.inLieuOfNotice
    ? capped
      ? 'cappedNotice'
      : 'notice'
    : capped
      ? 'capped'
      : 'plain'
  return t(`offerCompare.cells.severance.${kind}`, {
    amount: formatFenRange(severance.amount, language),
    count: severance.serviceMonths,
    formatted: formatNumber(severance.serviceMonths, language),
    cap: severance.monthlyCap === null ? '' : formatFen(severance.monthlyCap, language),
  })
}

/** The downside spelled out, from the facts the engine gave its reason: the good path, the
 *  failure chance, the months paid, severance, the search, and the pay after. */
export function downsideText(downside: RiskAdjustedValue, context: TextContext): string {
  const { t, language } = context
  const reason = downside.reasons.find((item) => item.ruleId === 'downside')
  const fact = (key: string) => (reason ? numberFact(reason, key) : 0)
  const key = optionsNotCountedIfItFails(downside)
    ? 'offerCompare.cells.downsideTextNoOptions'
    : 'offerCompare.cells.downsideText'
  return t(key, {
    headline: formatFenRange(downside.headline, language),
    chance: formatShare(downside.failureChance, language),
    worked: formatNumber(fact('failsAfterMonths'), language),
    severance: severanceText(downside.severance, context),
    search: formatNumber(fact('searchMonths'), language),
    lateral: t(
      reason && booleanFact(reason, 'lateralIsCurrentPay')
        ? 'offerCompare.cells.lateralCurrent'
        : 'offerCompare.cells.lateralOffer',
    ),
    ifItFails: formatFenRange(downside.ifItFails, language),
  })
}
