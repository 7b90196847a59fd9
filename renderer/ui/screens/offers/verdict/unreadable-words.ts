import type { PayError } from '../../../../domain/pay/annual-pay'

/**
 * Where the verdict's title, intro and fix for a pay it cannot weigh are, and the currency they
 * name. With no rate for its currency the pay WAS read: a rate to set, not a pay to correct
 * (new-user trial 21 #4: "could not be read … correct the pay" around "set a rate"). One choice
 * for the verdict, its narrow bar and the report.
 *
 * `whatLine`: whether the part not read is said between the intro and the fix. Not for a
 * missing rate: the intro says it, and a third "set a rate" followed (review 28 P12).
 */
export function unreadableWords(error: PayError): {
  key: 'offerVerdict.unreadable' | 'offerVerdict.unreadable.noRate'
  values: { currency: string }
  whatLine: boolean
} {
  return error.code === 'no-exchange-rate'
    ? {
        key: 'offerVerdict.unreadable.noRate',
        values: { currency: error.currency },
        whatLine: false,
      }
    : { key: 'offerVerdict.unreadable', values: { currency: '' }, whatLine: true }
}
