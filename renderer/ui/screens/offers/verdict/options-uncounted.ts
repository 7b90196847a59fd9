import type { TFunction } from 'i18next'
import type { OptionsUncounted } from '../../../../domain/pay/annual-pay'

/**
 * Why the offer's options are left out of its totals, as the verdict says it: the same sentence
 * for the verdict beside the form and for an export of the offer.
 */
export function optionsUncountedText(uncounted: OptionsUncounted, t: TFunction): string {
  return t(`offerVerdict.pay.optionsUncounted.${uncounted.reason}`, {
    currency: 'currency' in uncounted ? uncounted.currency : '',
  })
}
