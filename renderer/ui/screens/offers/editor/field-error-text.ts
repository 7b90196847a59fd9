import type { TFunction } from 'i18next'
import type { FieldError } from 'react-hook-form'
import {
  DATE_OUT_OF_RANGE,
  DEADLINE_YEARS_AHEAD,
  FIRST_YEAR,
  lastYear,
} from '../../../form/date-range'
import { yearTooLong } from '../../../form/year-too-long'

const AMOUNT = /\.(monthly|annual|amount|signOn|grantValue|perYear|sharePrice)\.(low|high)$/
const MAX_LENGTH: Record<string, number> = { company: 100, role: 100, city: 60, notes: 20_000 }

/**
 * What to tell the user about an input the offer schema refused, in their language: a clear
 * sentence of our own for each input of the form, else zod's own (localized) message; '' for
 * none (an empty "up to").
 * `valueAt` reads an input's text, to tell an empty amount and "more than up to" apart.
 */
export function offerFieldErrorText(
  name: string,
  error: FieldError,
  t: TFunction,
  valueAt: (name: string) => unknown,
): string {
  const max = MAX_LENGTH[name]
  if (name === 'company' && error.type === 'too_small') return t('offerEditor.errors.company')
  if (max !== undefined && error.type === 'too_big') {
    return t('offerEditor.errors.tooLong', { max })
  }
  // A year of five digits ("61202-01-15", which the date field takes) is out of range too, not
  // a date left empty (trial 23 #5: "Enter a date.").
  const longYear = name === 'deadline' && yearTooLong(valueAt('deadline'))
  if (name === 'deadline' && (error.message === DATE_OUT_OF_RANGE || longYear)) {
    return t('offerEditor.errors.dateRange', {
      first: FIRST_YEAR,
      last: lastYear(DEADLINE_YEARS_AHEAD),
    })
  }
  if (name === 'deadline') return t('offerEditor.errors.date')
  if (name === 'pay.base.text') return t('offerEditor.errors.text')
  if (name === 'pay.base.months') return t('offerEditor.errors.months')
  if (name === 'pay.yearEndBonus.months') return t('offerEditor.errors.bonusMonths')
  if (name === 'pay.yearEndBonus.monthsHigh') {
    const high = Number(valueAt(name))
    const low = Number(valueAt('pay.yearEndBonus.months'))
    return high >= 0 && high <= 24 && high < low
      ? t('offerEditor.errors.bonusMonthsRange')
      : t('offerEditor.errors.bonusMonths')
  }
  if (name.endsWith('.schedule')) return t('offerEditor.errors.schedule')
  if (name === 'pay.options.count') return t('offerEditor.errors.count')
  if (name === 'pay.options.cliffMonths') return t('offerEditor.errors.cliff')
  if (name === 'pay.options.discountPercent') return t('offerEditor.errors.discount')
  const isPrice = name === 'pay.options.strikePrice' || name.startsWith('pay.options.sharePrice.')
  if (isPrice || AMOUNT.test(name)) {
    const text = valueAt(name)
    const empty = typeof text === 'string' && text.trim() === ''
    // An empty "up to" is optional (the figure alone): the missing figure is said at its side.
    if (empty && name.endsWith('.high')) return ''
    if (empty) return t('offerEditor.errors.amountRequired')
    if (name.endsWith('.low')) {
      const low = Number(text)
      const high = valueAt(name.replace(/low$/, 'high'))
      if (typeof high === 'string' && high.trim() !== '' && low > Number(high)) {
        return t('offerEditor.errors.range')
      }
    }
    return t(isPrice ? 'offerEditor.errors.price' : 'offerEditor.errors.amount')
  }
  return error.message ?? t('offerEditor.errors.amount')
}
