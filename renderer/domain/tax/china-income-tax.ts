import type { EngineSettings } from '../model/settings'
import {
  addFen,
  fenFromYuan,
  maxFen,
  subtractFen,
  timesMonths,
  timesRatio,
  ZERO_FEN,
  type Fen,
} from '../money'
import { reasonFrom, type Reason } from '../reason'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { bracketFor, taxInBracket } from './brackets'
import { annualSpecialDeductions } from './deductions'
import {
  annualSocialInsurance,
  socialInsuranceFor,
  type ResolvedSocialInsurance,
} from './social-insurance'

export interface TaxableYear {
  /** Wages taxed with the annual table (12 months of base, a sign-on bonus). */
  wages: Fen
  /** The one-off annual bonus (the 13th month onward, a stated year-end bonus). */
  annualBonus: Fen
  /** Stock vesting this year. */
  stock: Fen
  /** The whole exercise spread of options vesting this year (equity income, as stock is). */
  options?: Fen
  /**
   * The share of the spread the totals count (1 − the options' discount, 1 without one). The
   * discount is the chance and the haircut that the options are worth their paper value; where
   * they are, the whole spread is exercised and taxed with the year's stock, so the expected tax
   * is this share of the tax on the whole spread.
   */
  optionsKeep?: number
  /** Monthly base pay for the social-insurance base (null: a twelfth of the wages). */
  monthlyBase: Fen | null
  /** The part of `annualBonus` that is months 13 and up of "N 薪" (said in a reason). */
  extraMonthsBonus?: Fen
  /** The part of `wages` that is a sign-on bonus (said in a reason). */
  signOn?: Fen
}

export type BonusMethod = 'separate' | 'merged'

/** A bonus just past an edge of the separate table, where more bonus means less money. */
export interface BonusCliff {
  edge: Fen
  extraIncome: Fen
  extraTax: Fen
}

export interface TaxResult {
  gross: Fen
  socialInsurance: Fen
  specialDeductions: Fen
  taxableWages: Fen
  bonusMethod: BonusMethod
  /** Tax on wages and bonus with the bonus merged into the wages. */
  taxIfMerged: Fen
  /** Tax on wages and bonus with the bonus taxed alone; null where that is not allowed. */
  taxIfSeparate: Fen | null
  /** Tax on the year's equity income: stock and the options' exercise spread together, the
   *  options' part expected (`optionsKeep` of what the whole spread adds). */
  stockTax: Fen
  /** Tax on the wages, with the bonus where it is merged: totalTax − bonusTax − stockTax. */
  wagesTax: Fen
  /** The bonus's own tax under the separate method; zero where the bonus is merged. */
  bonusTax: Fen
  totalTax: Fen
  afterTax: Fen
  bonusCliff: BonusCliff | null
  reasons: Reason[]
}

export function annualTax(taxable: Fen, ruleset: Ruleset): Fen {
  return taxInBracket(taxable, bracketFor(taxable, ruleset.tax.annual.brackets))
}

/** The separate method: bonus ÷ 12 finds the rate in the monthly table; tax = bonus × rate − quick deduction. */
export function separateBonusTax(bonus: Fen, ruleset: Ruleset): Fen {
  return taxInBracket(bonus, bracketFor(bonus, ruleset.tax.bonusSeparate.monthlyBrackets, 12))
}

/**
 * Where the bonus sits just past an edge of the monthly table and the extra tax exceeds the
 * extra bonus. Only the nearest edge below can do that: from one edge to the next the bonus
 * grows by far more than the jump in tax.
 */
export function bonusCliff(bonus: Fen, ruleset: Ruleset): BonusCliff | null {
  let edge: Fen | null = null
  for (const bracket of ruleset.tax.bonusSeparate.monthlyBrackets) {
    if (bracket.upToYuan === null) break
    const bound = timesMonths(fenFromYuan(bracket.upToYuan), 12)
    if (bound >= bonus) break
    edge = bound
  }
  if (edge === null) return null
  const extraIncome = subtractFen(bonus, edge)
  const extraTax = subtractFen(separateBonusTax(bonus, ruleset), separateBonusTax(edge, ruleset))
  return extraTax > extraIncome ? { edge, extraIncome, extraTax } : null
}

/**
 * China's individual income tax on one year's pay: wages on the annual comprehensive-income
 * table after the basic, social-insurance and special deductions; the annual bonus separately
 * or merged, whichever is cheaper (while the separate method is in force); stock alone on the
 * annual table (while that rule is in force, else merged with wages), options' spread with it
 * at the share the totals count (`optionsKeep`). Social insurance follows
 * the city's preset (`socialInsuranceFor`); without one, the ruleset's fallback city's.
 */
export function chinaIncomeTax(
  year: TaxableYear,
  settings: EngineSettings,
  ruleset: Ruleset,
  rates: ResolvedSocialInsurance = socialInsuranceFor(settings.socialInsurance, '', ruleset),
): TaxResult {
  const rules = ruleset.tax
  const reasons: Reason[] = []
  const monthlyBase = year.monthlyBase ?? timesRatio(year.wages, 1 / 12)
  const social = annualSocialInsurance(monthlyBase, rates)
  reasons.push(
    reasonFrom(
      rules.socialInsurance.id,
      {
        citation: rates.preset.source,
        assumption:
          rates.preset.assumption ??
          (rates.chosenBy === 'fallback'
            ? rules.socialInsurance.fallbackAssumption
            : rules.socialInsurance.assumption),
      },
      0,
      {
        city: rates.preset.cityId,
        chosenBy: rates.chosenBy,
        presetYear: rates.preset.year,
        overridden: rates.overridden.join(', '),
        baseMonthlyYuan: social.base / 100,
        ratePercent: social.ratePercent,
        annualYuan: social.annual / 100,
      },
    ),
  )
  const specialDeductions = annualSpecialDeductions(settings.specialDeductions, ruleset)
  if (specialDeductions > 0) {
    reasons.push(
      reasonFrom(rules.specialDeductions.id, rules.specialDeductions, 0, {
        annualYuan: specialDeductions / 100,
      }),
    )
  }
  const basic = fenFromYuan(rules.annual.basicDeductionYuan)
  const deductions = addFen(basic, social.annual, specialDeductions)

  // Stock and the options' exercise spread are one year's equity income (财税〔2018〕164号).
  const spread = year.options ?? ZERO_FEN
  const keep = year.optionsKeep ?? 1
  const counted = timesRatio(spread, keep)
  const stockSeparate = settings.taxYear <= rules.stockSeparate.validThroughYear
  const separateAllowed =
    year.annualBonus > 0 && settings.taxYear <= rules.bonusSeparate.validThroughYear
  const separateOwnTax = separateAllowed ? separateBonusTax(year.annualBonus, ruleset) : ZERO_FEN
  const taxesWith = (equity: Fen) => {
    const wagesForTable = stockSeparate ? year.wages : addFen(year.wages, equity)
    const taxableWages = maxFen(ZERO_FEN, subtractFen(wagesForTable, deductions))
    const taxableMerged = maxFen(
      ZERO_FEN,
      subtractFen(addFen(wagesForTable, year.annualBonus), deductions),
    )
    const taxIfMerged = annualTax(taxableMerged, ruleset)
    const taxIfSeparate = separateAllowed
      ? addFen(annualTax(taxableWages, ruleset), separateOwnTax)
      : null
    const bonusMethod: BonusMethod =
      taxIfSeparate !== null && taxIfSeparate < taxIfMerged ? 'separate' : 'merged'
    const wageAndBonusTax =
      bonusMethod === 'separate' && taxIfSeparate !== null ? taxIfSeparate : taxIfMerged
    const stockTax = stockSeparate && equity > 0 ? annualTax(equity, ruleset) : ZERO_FEN
    const bonusTax = bonusMethod === 'separate' ? separateOwnTax : ZERO_FEN
    return {
      taxableWages,
      taxableMerged,
      taxIfMerged,
      taxIfSeparate,
      bonusMethod,
      wageAndBonusTax,
      stockTax,
      bonusTax,
      total: addFen(wageAndBonusTax, stockTax),
    }
  }
  // The year as if the whole spread were exercised (the figures the reasons show), and without
  // the options: the options' expected tax is `keep` of the difference.
  const exercised = taxesWith(addFen(year.stock, spread))
  const without = spread > 0 && keep !== 1 ? taxesWith(year.stock) : exercised
  const spreadTax = subtractFen(exercised.total, without.total)
  const expectedSpreadTax = timesRatio(spreadTax, keep)
  const expected = (part: (taxes: typeof exercised) => Fen): Fen =>
    addFen(part(without), timesRatio(subtractFen(part(exercised), part(without)), keep))
  const stockTax = expected((taxes) => taxes.stockTax)
  const bonusTax = expected((taxes) => taxes.bonusTax)
  const totalTax = addFen(without.total, expectedSpreadTax)
  const { taxableWages, taxableMerged, taxIfMerged, taxIfSeparate, bonusMethod } = exercised

  reasons.push(
    reasonFrom(rules.annual.id, rules.annual, 0, {
      taxableYuan: (bonusMethod === 'separate' ? taxableWages : taxableMerged) / 100,
      ratePercent: bracketFor(
        bonusMethod === 'separate' ? taxableWages : taxableMerged,
        rules.annual.brackets,
      ).ratePercent,
    }),
  )
  if (year.annualBonus > 0) {
    reasons.push(
      reasonFrom(rules.bonusSeparate.id, rules.bonusSeparate, 0, {
        method: bonusMethod,
        separateAllowed,
        taxIfMergedYuan: taxIfMerged / 100,
        taxIfSeparateYuan: taxIfSeparate === null ? 'n/a' : taxIfSeparate / 100,
        savingYuan: taxIfSeparate === null ? 0 : Math.abs(taxIfMerged - taxIfSeparate) / 100,
      }),
    )
  }
  if (year.extraMonthsBonus !== undefined && year.extraMonthsBonus > 0) {
    reasons.push(
      reasonFrom(rules.extraMonthsAsBonus.id, rules.extraMonthsAsBonus, 0, {
        extraMonthsYuan: year.extraMonthsBonus / 100,
      }),
    )
  }
  if (year.signOn !== undefined && year.signOn > 0) {
    reasons.push(
      reasonFrom(rules.signOnAsWages.id, rules.signOnAsWages, 0, { signOnYuan: year.signOn / 100 }),
    )
  }
  const cliff = bonusMethod === 'separate' ? bonusCliff(year.annualBonus, ruleset) : null
  if (cliff) {
    reasons.push(
      reasonFrom('iit-bonus-cliff', rules.bonusSeparate, 0, {
        edgeYuan: cliff.edge / 100,
        extraIncomeYuan: cliff.extraIncome / 100,
        extraTaxYuan: cliff.extraTax / 100,
      }),
    )
  }

  if (stockSeparate && year.stock > 0) {
    reasons.push(
      reasonFrom(rules.stockSeparate.id, rules.stockSeparate, 0, {
        stockYuan: year.stock / 100,
        taxYuan: stockTax / 100,
      }),
    )
  }
  if (spread > 0) {
    reasons.push(
      reasonFrom(rules.optionsExercise.id, rules.optionsExercise, 0, {
        spreadYuan: spread / 100,
        keepPercent: Math.round(keep * 10_000) / 100,
        countedYuan: counted / 100,
        separate: stockSeparate,
        // What the totals count as equity income, and its expected tax.
        equityIncomeYuan: addFen(year.stock, counted) / 100,
        equityTaxYuan: stockTax / 100,
        // The tax the whole spread adds to the year, and the share of it expected.
        spreadTaxYuan: spreadTax / 100,
        expectedTaxYuan: expectedSpreadTax / 100,
      }),
    )
  }

  const gross = addFen(year.wages, year.annualBonus, year.stock, counted)
  return {
    gross,
    socialInsurance: social.annual,
    specialDeductions,
    taxableWages,
    bonusMethod,
    taxIfMerged,
    taxIfSeparate,
    stockTax,
    wagesTax: subtractFen(subtractFen(totalTax, bonusTax), stockTax),
    bonusTax,
    totalTax,
    afterTax: subtractFen(subtractFen(gross, social.annual), totalTax),
    bonusCliff: cliff,
    reasons,
  }
}
