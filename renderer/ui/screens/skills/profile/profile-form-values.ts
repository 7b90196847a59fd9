import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { NEUTRAL_PROFILE } from '../../../../data/assessment-input'
import type { StoredProfile } from '../../../../data/records'
import type { compensationSchema } from '../../../../domain/model/compensation'
import { profileSchema, type Profile } from '../../../../domain/model/profile'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import { parsePay, type ParsedPay } from '../../../../domain/pay/parse-pay'

/** What the form holds: the domain profile as typed (before zod fills defaults). */
export type ProfileFormValues = z.input<typeof profileSchema>
export type PayFormValues = z.input<typeof compensationSchema>
export type PayKind = 'none' | 'monthly' | 'annual' | 'text'

/** A months input left empty, or half typed: the form stores it as undefined. */
export function numberOrUndefined(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isNaN(text) ? undefined : text
  if (typeof text !== 'string' || text.trim() === '') return undefined
  const value = Number(text)
  return Number.isNaN(value) ? undefined : value
}

/**
 * The form's values for a stored profile, or the neutral profile the engine assumes before one
 * is saved (so the assessment moves from the first keystroke). A pay stored as text is read
 * into its fields where the parser can.
 */
export function formValuesFrom(stored: StoredProfile | undefined): ProfileFormValues {
  if (!stored) return { ...NEUTRAL_PROFILE, leadership: { ...NEUTRAL_PROFILE.leadership } }
  const values: ProfileFormValues = {
    education: stored.education,
    phdInField: stored.phdInField,
    yearsOfExperience: stored.yearsOfExperience,
    city: stored.city,
    currentEmployer: stored.currentEmployer,
    roleFamily: stored.roleFamily,
    stability: stored.stability,
    leadership: { ...stored.leadership },
  }
  const pay = stored.currentPay
  if (pay) {
    const parsed = pay.base.kind === 'text' ? parsePay(pay.base.text) : null
    // A text that names stock stays text: the profile has no stock input, and its fields would
    // drop the stock the engine counts from the text (review 15: 470k became 420k on a save).
    const stockInText = parsed?.ok === true && parsed.pay.stock !== undefined && !pay.stock
    values.currentPay =
      parsed?.ok && !stockInText
        ? // The engine's rules: a bonus in its own field wins over one the text states (the offer
          // form's too: opening and saving must not swap 3 months for the text's 5 万), and a
          // currency the text names wins over the default CNY, not over another.
          {
            ...payFromParsed(parsed.pay, pay),
            ...(pay.yearEndBonus ? { yearEndBonus: pay.yearEndBonus } : {}),
            ...(pay.currency !== 'CNY' ? { currency: pay.currency } : {}),
          }
        : payFields(pay)
  }
  return values
}

/**
 * The form's values as the profile schema reads them: empty optional inputs mean "absent", an
 * empty "up to" means a single figure, and "PhD in the field" only counts for a PhD.
 */
export function profileInputFrom(values: ProfileFormValues): ProfileFormValues {
  const input: ProfileFormValues = {
    ...values,
    phdInField: values.education === 'phd' && values.phdInField === true,
  }
  if (values.currentPay) input.currentPay = completePay(values.currentPay)
  else delete input.currentPay
  return input
}

/** The pay as the compensation schema reads it (see `profileInputFrom`). */
export function completePay(pay: PayFormValues): PayFormValues {
  const { yearEndBonus, ...rest } = pay
  const complete: PayFormValues = { ...rest, base: withSingleFigures(pay.base) }
  if (yearEndBonus?.kind === 'amount') {
    complete.yearEndBonus = yearEndBonus
  } else {
    // The months input alone makes the bonus: RHF may create it without its kind. An empty "up
    // to", or one equal to the months, is a single figure (stored as before ranges).
    const months = numberOrUndefined(yearEndBonus?.months)
    const monthsHigh = numberOrUndefined(yearEndBonus?.monthsHigh)
    if (months !== undefined) {
      complete.yearEndBonus =
        monthsHigh === undefined || monthsHigh === months
          ? { kind: 'months', months }
          : { kind: 'months', months, monthsHigh }
    } else if (monthsHigh !== undefined) {
      // "Up to" without the months it starts from: passed on without them, so the schema
      // refuses it at the months input, as the offer form does (dropped, the profile was saved
      // without its bonus and not a word said).
      complete.yearEndBonus = { kind: 'months', months: Number.NaN, monthsHigh }
    }
  }
  return complete
}

function withSingleFigures(base: PayFormValues['base']): PayFormValues['base'] {
  const single = (range: { low: number; high: number }) => ({
    low: range.low,
    high: numberOrUndefined(range.high) ?? range.low,
  })
  if (base.kind === 'monthly') return { ...base, monthly: single(base.monthly) }
  if (base.kind === 'annual') return { ...base, annual: single(base.annual) }
  return base
}

const schemaResolver = zodResolver(profileSchema)

/** The domain's profile schema, read through `profileInputFrom`: one source of validation. */
export const profileResolver: Resolver<ProfileFormValues, unknown, Profile> = (
  values,
  context,
  options,
) => schemaResolver(profileInputFrom(values), context, options)

/** The profile the form's values make, or null while any field is wrong or half typed. */
export function profileFrom(values: ProfileFormValues): Profile | null {
  const result = profileSchema.safeParse(profileInputFrom(values))
  return result.success ? result.data : null
}

/**
 * An empty number input as the form holds it. Not undefined: a field mounting on undefined
 * takes the stored profile's value as its default (react-hook-form), instead of staying empty.
 */
const EMPTY_INPUT = '' as unknown as number

/** A range as its two inputs: a single figure leaves "up to" empty, as the user would type it. */
function rangeFields(low: number, high: number): { low: number; high: number } {
  return { low, high: high === low ? EMPTY_INPUT : high }
}

const fromFen = (range: Range<Fen>) => rangeFields(range.low / 100, range.high / 100)

/** A stored pay as the form shows it (single figures without their "up to"). */
function payFields(pay: PayFormValues): PayFormValues {
  const { base } = pay
  if (base.kind === 'monthly') {
    return { ...pay, base: { ...base, monthly: rangeFields(base.monthly.low, base.monthly.high) } }
  }
  if (base.kind === 'annual') {
    return { ...pay, base: { ...base, annual: rangeFields(base.annual.low, base.annual.high) } }
  }
  return { ...pay }
}

/**
 * A pay read from a recruiter's line, as the form's fields: the base and currency from the
 * text (CNY where it names none), and the year-end bonus where the text states one; the
 * bonus otherwise, and the sign-on, stock and options the form already holds, are kept, as the
 * text does not state them.
 */
export function payFromParsed(parsed: ParsedPay, keep: PayFormValues | undefined): PayFormValues {
  const base: PayFormValues['base'] =
    parsed.kind === 'monthly'
      ? { kind: 'monthly', monthly: fromFen(parsed.monthly), months: parsed.months }
      : { kind: 'annual', annual: fromFen(parsed.annual) }
  const pay: PayFormValues = { ...keep, currency: parsed.currency ?? 'CNY', base }
  const { bonus } = parsed
  if (bonus?.kind === 'months') {
    pay.yearEndBonus = {
      kind: 'months',
      months: bonus.months,
      monthsHigh: bonus.monthsHigh ?? EMPTY_INPUT,
    }
  }
  if (bonus?.kind === 'amount') {
    pay.yearEndBonus = {
      kind: 'amount',
      amount: { low: bonus.amount.low / 100, high: bonus.amount.high / 100 },
    }
  }
  return pay
}

export function payKindOf(pay: PayFormValues | undefined): PayKind {
  return pay ? pay.base.kind : 'none'
}

/** Switching how the pay is stated keeps the amount: a yearly total is months × monthly. */
export function payWithKind(
  pay: PayFormValues | undefined,
  kind: PayKind,
): PayFormValues | undefined {
  if (kind === 'none') return undefined
  const current = pay ?? { currency: 'CNY', base: { kind: 'text', text: '' } }
  const base = current.base
  if (base.kind === kind) return current
  const months = base.kind === 'monthly' ? (numberOrUndefined(base.months) ?? 12) : 12
  const scale = (value: unknown, by: number) => {
    const number = numberOrUndefined(value)
    return number === undefined ? EMPTY_INPUT : Math.round(number * by * 100) / 100
  }
  const emptyRange = { low: EMPTY_INPUT, high: EMPTY_INPUT }
  if (kind === 'annual') {
    const annual =
      base.kind === 'monthly'
        ? { low: scale(base.monthly.low, months), high: scale(base.monthly.high, months) }
        : emptyRange
    return { ...current, base: { kind: 'annual', annual } as PayFormValues['base'] }
  }
  if (kind === 'monthly') {
    const monthly =
      base.kind === 'annual'
        ? { low: scale(base.annual.low, 1 / 12), high: scale(base.annual.high, 1 / 12) }
        : emptyRange
    return { ...current, base: { kind: 'monthly', monthly, months: 12 } as PayFormValues['base'] }
  }
  return current
}
