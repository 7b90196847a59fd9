import type { TFunction } from 'i18next'
import type { FieldError } from 'react-hook-form'
import { numberOrUndefined } from './profile-form-values'

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
  if (/^currentPay\.stock\.(grantValue|perYear)\.(low|high)$/.test(name)) {
    // The stock's inputs hold their text, as the offer form's do.
    const empty = numberOrUndefined(valueAt(name)) === undefined
    if (empty && name.endsWith('.high')) return ''
    if (empty) return t('profile.errors.amountRequired')
    return amountErrorText(name, t, valueAt)
  }
  if (/^currentPay\.base\.(monthly|annual)\.(low|high)$/.test(name)) {
    // An empty "up to" is optional (the figure alone): the missing figure is said at its side.
    if (name.endsWith('.high') && numberOrUndefined(valueAt(name)) === undefined) return ''
    if (error.type === 'invalid_type') return t('profile.errors.number')
    return amountErrorText(name, t, valueAt)
  }
  return error.message ?? t('profile.errors.number')
}

/** A figure refused: above its "up to", or not an amount of money. */
function amountErrorText(name: string, t: TFunction, valueAt: (name: string) => unknown): string {
  if (name.endsWith('.low')) {
    const low = numberOrUndefined(valueAt(name))
    const high = numberOrUndefined(valueAt(name.replace(/low$/, 'high')))
    if (low !== undefined && high !== undefined && low > high) return t('profile.errors.range')
  }
  return t('profile.errors.amount')
}
