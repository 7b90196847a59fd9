import type { Compensation } from '../../domain/model/compensation'
import { fenRangeFromYuan } from '../../domain/range'
import type { UiLanguage } from '../i18n/i18n'
import { formatFenRange } from './amount'

/**
 * A pay's base as the user stated it, in its own currency: "80k/mo × 13 HKD", "900k/yr", or
 * the text it was stored as. The profile's summary and the offer report say it so, beside the
 * yuan figures the engine converts it to (trial 23: a HKD offer's report showed only yuan).
 */
export function statedBase(pay: Compensation, language: UiLanguage): string {
  const { base, currency } = pay
  const suffix = currency === 'CNY' ? '' : ` ${currency}`
  if (base.kind === 'monthly') {
    return `${formatFenRange(fenRangeFromYuan(base.monthly), language, 'month')} × ${String(base.months)}${suffix}`
  }
  if (base.kind === 'annual') {
    return `${formatFenRange(fenRangeFromYuan(base.annual), language, 'year')}${suffix}`
  }
  return base.text
}
