import type { TFunction } from 'i18next'
import { addFen, subtractFen, ZERO_FEN, type Fen } from '../../../../domain/money'
import type { AnnualPay } from '../../../../domain/pay/annual-pay'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { TaxResult } from '../../../../domain/tax/china-income-tax'
import { formatFen } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { booleanFact, numberFact } from '../../../reasons/reason-sentence'

/** One line of the sum from pay to after tax: what it is, the figure, and how it is reached. */
export interface BreakdownLine {
  key: 'pay' | 'social' | 'wages-tax' | 'bonus-tax' | 'equity-tax' | 'after-tax'
  label: string
  /** The figure as shown, signed: "−81k" for what is taken off. */
  amount: string
  detail?: string | undefined
}

const fen = (yuan: number) => Math.round(yuan * 100) as Fen

/**
 * One end of the typical year's tax as a sum that adds up: the pay, less social insurance, less
 * the tax on wages, less the bonus's own tax (or the two together where the bonus is merged),
 * less the tax on stock, is the after-tax pay. Every figure is the engine's (`result`, its
 * reasons, the pay's split, and its wages' and bonus's own tax), so the lines add up to the
 * engine's total.
 */
export function taxBreakdown(
  result: TaxResult,
  pay: AnnualPay,
  end: 'low' | 'high',
  { t, language, ruleset }: { t: TFunction; language: UiLanguage; ruleset: Ruleset },
): BreakdownLine[] {
  const money = (amount: Fen) => formatFen(amount, language)
  const minus = (amount: Fen) => t('offerVerdict.pay.sum.minus', { amount: money(amount) })
  const rules = ruleset.tax
  const reasonOf = (ruleId: string) => result.reasons.find((reason) => reason.ruleId === ruleId)

  const wages = pay.regularWages[end]
  const bonus = pay.annualBonus[end]
  const equity = subtractFen(result.gross, addFen(wages, bonus))
  const hasOptions = (pay.options?.expectedPerYear[end] ?? 0) > 0
  const equityWhat = t(
    `offerVerdict.pay.sum.equity.${
      pay.stockAveragePerYear[end] > 0 ? (hasOptions ? 'both' : 'stock') : 'options'
    }`,
  )
  // Equity income is taxed on its own while that rule is in force, else with the wages.
  const options = reasonOf(rules.optionsExercise.id)
  const equityAlone =
    reasonOf(rules.stockSeparate.id) !== undefined ||
    (options !== undefined && booleanFact(options, 'separate'))
  const separate = result.bonusMethod === 'separate' && bonus > 0

  const annual = reasonOf(rules.annual.id)
  const income = addFen(wages, separate ? ZERO_FEN : bonus, equityAlone ? ZERO_FEN : equity)
  const taxable = fen(annual ? numberFact(annual, 'taxableYuan') : 0)
  const deductions = [
    t('offerVerdict.pay.sum.basic', { amount: money(fen(rules.annual.basicDeductionYuan)) }),
    t('offerVerdict.pay.sum.socialDeducted', { amount: money(result.socialInsurance) }),
    ...(result.specialDeductions > 0
      ? [t('offerVerdict.pay.sum.special', { amount: money(result.specialDeductions) })]
      : []),
  ]
  const taxableDetail = t('offerVerdict.pay.sum.taxable', {
    income: money(income),
    deductions: deductions.join(' '),
    taxable: money(taxable),
    rate: `${formatNumber(annual ? numberFact(annual, 'ratePercent') : 0, language)}%`,
  })
  const bonusReason = reasonOf(rules.bonusSeparate.id)
  const saving = fen(bonusReason ? numberFact(bonusReason, 'savingYuan') : 0)

  const parts = [
    t('offerVerdict.pay.sum.wagesPart', { amount: money(wages) }),
    ...(bonus > 0 ? [t('offerVerdict.pay.sum.bonusPart', { amount: money(bonus) })] : []),
    ...(equity > 0
      ? [t('offerVerdict.pay.sum.equityPart', { what: equityWhat, amount: money(equity) })]
      : []),
  ]
  const lines: BreakdownLine[] = [
    {
      key: 'pay',
      label: t('offerVerdict.pay.sum.pay'),
      amount: money(result.gross),
      detail: parts.length > 1 ? parts.join(t('offerVerdict.pay.sum.partSeparator')) : undefined,
    },
    {
      key: 'social',
      label: t('offerVerdict.pay.sum.social'),
      amount: minus(result.socialInsurance),
    },
    {
      key: 'wages-tax',
      label:
        bonus > 0 && !separate
          ? t('offerVerdict.pay.sum.wagesAndBonusTax', { bonus: money(bonus) })
          : t('offerVerdict.pay.sum.wagesTax'),
      amount: minus(result.wagesTax),
      detail: taxableDetail,
    },
  ]
  if (separate)
    lines.push({
      key: 'bonus-tax',
      label: t('offerVerdict.pay.sum.bonusTax', { bonus: money(bonus) }),
      amount: minus(result.bonusTax),
      detail:
        saving > 0 ? t('offerVerdict.pay.sum.bonusSaving', { saving: money(saving) }) : undefined,
    })
  if (result.stockTax > 0)
    lines.push({
      key: 'equity-tax',
      label: t('offerVerdict.pay.sum.equityTax', { what: equityWhat, equity: money(equity) }),
      amount: minus(result.stockTax),
    })
  lines.push({
    key: 'after-tax',
    label: t('offerVerdict.pay.sum.afterTax'),
    amount: money(result.afterTax),
  })
  return lines
}
