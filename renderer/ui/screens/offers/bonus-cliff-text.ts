import type { TFunction } from 'i18next'
import type { BonusCliff } from '../../../domain/tax/china-income-tax'
import { formatFen } from '../../format/amount'
import type { UiLanguage } from '../../i18n/i18n'

/**
 * The tax-edge warning for a bonus just past an edge of the bonus table, in the same words on
 * the comparison and on one offer's verdict. Only an offer's says to ask for less: the current
 * job's pay is not being negotiated, so its warning states the cost alone.
 */
export function bonusCliffText(
  cliff: BonusCliff,
  { t, language }: { t: TFunction; language: UiLanguage },
  whose: 'offer' | 'current',
): string {
  return t(whose === 'offer' ? 'offerCompare.bonus.cliff' : 'offerCompare.bonus.cliffCurrent', {
    extra: formatFen(cliff.extraIncome, language),
    edge: formatFen(cliff.edge, language),
    tax: formatFen(cliff.extraTax, language),
    // The amount past the edge is said in yuan: 'that 1 yuan costs', 'those 200 yuan cost'.
    count: cliff.extraIncome / 100,
  })
}
