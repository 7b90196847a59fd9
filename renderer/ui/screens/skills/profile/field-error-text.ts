import type { TFunction } from 'i18next'
import type { FieldError } from 'react-hook-form'
import { amountOrUndefined, numberOrUndefined } from './profile-form-values'

/**
 * What to tell the user about a field the profile schema refused, in their language: a clear
 * sentence of our own for each field of this form, else zod's own (localized) message.
 * `valueAt` reads another field, to tell "from above up to" apart from a bad amount. '' for
 * none (an empty "up to").
 */
export function fieldErrorText(
  name: string,
  error: FieldError,
  t: TFunction,
  valueAt: (name: string) => unknown,
): string {
  if (name === 'yearsOfExperience') return t('profile.errors.years')
  if (name === 'city') return t('profile.errors.city')
  if (name === 'currentEmployer') return t('profile.errors.employer')
  if (name === 'roleFamily') return t('profile.errors.role')
  if (name === 'currentPay.base.months') return t('profile.errors.months')
  if (name === 'currentPay.yearEndBonus.months') return t('profile.errors.bonus')
  if (name === 'currentPay.yearEndBonus.monthsHigh') {
    const high = numberOrUndefined(valueAt(name))
    const low = numberOrUndefined(valueAt('currentPay.yearEndBonus.months'))
    return high !== undefined && low !== undefined && high >= 0 && high <= 24 && high < low
      ? t('profile.errors.bonusRange')
      : t('profile.errors.bonus')
  }
  if (name === 'currentPay.stock.schedule') return t('profile.errors.schedule')
  if (
    /^currentPay\.stock\.(grantValue|perYear)\.(low|high)$/.test(name) ||
    /^currentPay\.base\.(monthly|annual)\.(low|high)$/.test(name)
  ) {
    // The amounts hold their text (the stock's) or what amountFrom read of it (the base's): an
    // empty "up to" is optional (the figure alone), the missing figure is said at its side; a
    // word or a range in one input is refused in the offer form's words.
    const empty = amountOrUndefined(valueAt(name)) === undefined
    if (empty && name.endsWith('.high')) return ''
    if (empty) return t('profile.errors.amountRequired')
    return amountErrorText(name, t, valueAt)
  }
  return error.message ?? t('profile.errors.number')
}

/** A figure refused: above its "up to", or not an amount of money. */
function amountErrorText(name: string, t: TFunction, valueAt: (name: string) => unknown): string {
  if (name.endsWith('.low')) {
    const low = amountOrUndefined(valueAt(name))
    const high = amountOrUndefined(valueAt(name.replace(/low$/, 'high')))
    if (low !== undefined && high !== undefined && low > high) return t('profile.errors.range')
  }
  return t('profile.errors.amount')
}
