import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver, ResolverOptions } from 'react-hook-form'
import type { z } from 'zod'
import { NEUTRAL_PROFILE } from '../../../../data/assessment-input'
import type { StoredProfile } from '../../../../data/records'
import type { Compensation, compensationSchema } from '../../../../domain/model/compensation'
import type { CurrentEmployerKind, RoleFamily } from '../../../../domain/model/enums'
import { profileSchema, type Profile } from '../../../../domain/model/profile'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import type { ParsedPay } from '../../../../domain/pay/parse-pay'
import {
  amountFrom,
  noStockFields,
  stockFieldsFrom,
  stockFilledByLine,
  stockFrom,
  type StockFields,
} from '../../../form/stock-fields'
import { readProfilePay } from './read-pay'

type ProfileInput = z.input<typeof profileSchema>
type CompensationInput = z.input<typeof compensationSchema>

/**
 * The current pay as the form holds it: the compensation as typed (before zod fills defaults),
 * its stock as the inputs hold it, every kind's inputs kept (the offer form's `StockFields`).
 */
export type PayFormValues = Omit<CompensationInput, 'stock'> & { stock?: StockFields }
/**
 * The employer select before a choice: a new profile starts so, not on "Not employed" (new-user
 * trial: a profile nobody had touched said 暂未就业). The schema refuses it, so Save asks.
 */
export const NO_EMPLOYER = ''
/**
 * The role select before a choice: a new profile starts so, not on "Something else" (finding:
 * an untouched profile saved a role its owner never chose). The schema refuses it, so Save asks.
 */
export const NO_ROLE = ''
/**
 * What the form holds: the domain profile as typed, its employer and role possibly not chosen
 * yet, its current pay as `PayFormValues`.
 */
export type ProfileFormValues = Omit<
  ProfileInput,
  'currentPay' | 'currentEmployer' | 'roleFamily'
> & {
  currentEmployer: CurrentEmployerKind | typeof NO_EMPLOYER
  roleFamily: RoleFamily | typeof NO_ROLE
  currentPay?: PayFormValues | undefined
}
/** The form's values as the profile schema reads them: a choice not made is its to refuse. */
type FormProfileInput = Omit<ProfileInput, 'currentEmployer' | 'roleFamily'> & {
  currentEmployer: ProfileFormValues['currentEmployer']
  roleFamily: ProfileFormValues['roleFamily']
}
export type PayKind = 'none' | 'monthly' | 'annual' | 'text'

/** A months input left empty, or half typed: the form stores it as undefined. */
export function numberOrUndefined(text: unknown): number | undefined {
  if (typeof text === 'number') return Number.isNaN(text) ? undefined : text
  if (typeof text !== 'string' || text.trim() === '') return undefined
  const value = Number(text)
  return Number.isNaN(value) ? undefined : value
}

/**
 * An amount input's value in yuan: a number as stored (NaN, an unread text, kept to be refused),
 * or its text read as the paste box reads amounts ("50k", "5万"); empty, undefined.
 */
export function amountOrUndefined(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  return typeof value === 'string' ? amountFrom(value) : undefined
}

/**
 * What an amount input stores for its text: the yuan amountFrom reads ("50k" is 50000), undefined
 * for empty, and a text it cannot read kept as typed, for the schema to refuse at once (NaN would count
 * as an empty input, whose error waits for a save).
 */
export function amountTyped(text: unknown): number | string | undefined {
  // react-hook-form also passes what the form holds (a number) through it.
  if (typeof text !== 'string') return amountOrUndefined(text)
  const amount = amountFrom(text)
  return amount !== undefined && Number.isNaN(amount) ? text : amount
}

/**
 * The form's values for a stored profile, or the neutral profile the engine assumes before one
 * is saved (so the assessment moves from the first keystroke). A pay stored as text is read
 * into its fields where the parser can.
 */
export function formValuesFrom(stored: StoredProfile | undefined): ProfileFormValues {
  if (!stored) {
    // The neutral profile has no pay (its type allows one, in the stored shape).
    const { currentPay: _none, ...neutral } = NEUTRAL_PROFILE
    return {
      ...neutral,
      currentEmployer: NO_EMPLOYER,
      roleFamily: NO_ROLE,
      leadership: { ...NEUTRAL_PROFILE.leadership },
      currentPayTaxedInChina: true,
    }
  }
  const values: ProfileFormValues = {
    education: stored.education,
    phdInField: stored.phdInField,
    yearsOfExperience: stored.yearsOfExperience,
    city: stored.city,
    currentEmployer: stored.currentEmployer,
    roleFamily: stored.roleFamily,
    stability: stored.stability,
    leadership: { ...stored.leadership },
    // Absent in profiles saved before it existed: taxed in mainland China, as the engine reads it.
    currentPayTaxedInChina: stored.currentPayTaxedInChina !== false,
  }
  const pay = stored.currentPay
  if (pay) {
    const fields = payFields(pay)
    // Read as the engine and the paste box read it: a figure said to include stock of no stated
    // value ("总包 135 万（含股票）") stays text, which the engine refuses, not 1.35M of cash.
    const parsed = pay.base.kind === 'text' ? readProfilePay(pay.base.text) : null
    // A text that names stock stays text, as it was stored: the engine counts the stock from
    // the text (review 15: read into fields without it, 470k became 420k on a save).
    const stockInText = parsed?.ok === true && parsed.pay.stock !== undefined && !pay.stock
    values.currentPay =
      parsed?.ok && !stockInText
        ? // The engine's rules: a bonus or stock in its own field wins over one the text states
          // (the offer form's too: opening and saving must not swap 3 months for the text's 5
          // 万), and a currency the text names wins over the default CNY, not over another.
          {
            ...payFromParsed(parsed.pay, fields),
            ...(pay.yearEndBonus ? { yearEndBonus: pay.yearEndBonus } : {}),
            ...(pay.stock ? { stock: fields.stock } : {}),
            ...(pay.currency !== 'CNY' ? { currency: pay.currency } : {}),
          }
        : fields
  }
  return values
}

/**
 * The form's values as the profile schema reads them: empty optional inputs mean "absent", an
 * empty "up to" means a single figure, and "PhD in the field" only counts for a PhD.
 */
export function profileInputFrom(values: ProfileFormValues): FormProfileInput {
  const { currentPay, currentPayTaxedInChina, ...rest } = values
  const input: FormProfileInput = {
    ...rest,
    phdInField: values.education === 'phd' && values.phdInField === true,
  }
  // The tax place is the pay's: it goes with a pay removed. Stored only where it is not the
  // mainland (absent reads as taxed there), so a profile saved unchanged stays as it was.
  if (currentPay) {
    input.currentPay = completePay(currentPay)
    if (currentPayTaxedInChina === false) input.currentPayTaxedInChina = false
  }
  return input
}

/**
 * The pay as the compensation schema reads it (see `profileInputFrom`); the stock inputs as
 * the offer form reads them (none, a grant and its schedule, or a value a year).
 */
export function completePay(pay: PayFormValues): CompensationInput {
  const { yearEndBonus, stock: stockFields, ...rest } = pay
  const complete: CompensationInput = { ...rest, base: withSingleFigures(pay.base) }
  const stock = stockFields ? stockFrom(stockFields) : undefined
  if (stock) complete.stock = stock
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
    // An unread "up to" (NaN) is passed on for the schema to refuse, not taken as empty.
    high: amountOrUndefined(range.high) ?? range.low,
  })
  if (base.kind === 'monthly') return { ...base, monthly: single(base.monthly) }
  if (base.kind === 'annual') return { ...base, annual: single(base.annual) }
  return base
}

const schemaResolver = zodResolver(profileSchema)

/**
 * The domain's profile schema, read through `profileInputFrom`: one source of validation. Its
 * errors keep the schema's paths, which are the inputs' names (the stock's too).
 */
export const profileResolver: Resolver<ProfileFormValues, unknown, Profile> = (
  values,
  context,
  options,
) =>
  // Its options name the form's fields, which are the schema's input but for the stock's shape;
  // an employer or a role not chosen is passed on for the schema to refuse at its select.
  schemaResolver(
    profileInputFrom(values) as ProfileInput,
    context,
    options as ResolverOptions<ProfileInput>,
  )

/**
 * The profile the form's values make, or null while any field is wrong or half typed. An
 * employer or a role not chosen yet weighs as the engine's neutral profile's (no employer
 * signal; "Something else", which adds nothing), so the assessment moves from the first
 * keystroke; only a save asks for the choice.
 */
export function profileFrom(values: ProfileFormValues): Profile | null {
  const input = profileInputFrom(values)
  const result = profileSchema.safeParse({
    ...input,
    currentEmployer:
      input.currentEmployer === NO_EMPLOYER
        ? NEUTRAL_PROFILE.currentEmployer
        : input.currentEmployer,
    roleFamily: input.roleFamily === NO_ROLE ? NEUTRAL_PROFILE.roleFamily : input.roleFamily,
  })
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

/** A stored pay as the form shows it (single figures without their "up to"; stock as inputs). */
function payFields(stored: Compensation): PayFormValues {
  const pay: PayFormValues = { ...stored, stock: stockFieldsFrom(stored.stock) }
  const { base } = pay
  if (base.kind === 'monthly') {
    return { ...pay, base: { ...base, monthly: rangeFields(base.monthly.low, base.monthly.high) } }
  }
  if (base.kind === 'annual') {
    return { ...pay, base: { ...base, annual: rangeFields(base.annual.low, base.annual.high) } }
  }
  return pay
}

/**
 * A pay read from a recruiter's line, as the form's fields: the base and currency from the
 * text (CNY where it names none), the year-end bonus and the stock where the text states them
 * (stock as its value a year, as the offer form fills it); the bonus and stock otherwise, and
 * the sign-on and options the form already holds, are kept, as the text does not state them.
 */
export function payFromParsed(parsed: ParsedPay, keep: PayFormValues | undefined): PayFormValues {
  const base: PayFormValues['base'] =
    parsed.kind === 'monthly'
      ? { kind: 'monthly', monthly: fromFen(parsed.monthly), months: parsed.months }
      : { kind: 'annual', annual: fromFen(parsed.annual) }
  const pay: PayFormValues = {
    ...keep,
    currency: parsed.currency ?? 'CNY',
    base,
    stock: stockFilledByLine(parsed.stock, keep?.stock ?? noStockFields()),
  }
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
  const current: PayFormValues = pay ?? {
    currency: 'CNY',
    base: { kind: 'text', text: '' },
    stock: noStockFields(),
  }
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
