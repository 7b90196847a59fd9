import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import { offerFrom } from '../../../../data/assessment-input'
import { offerDraftSchema } from '../../../../data/repositories/offers'
import type { Offer } from '../../../../domain/model/offer'
import {
  numberFrom,
  rangeFrom,
  requiredNumber as required,
  scheduleFrom,
  stockFrom,
  type RangeFields,
} from '../../../form/stock-fields'
import type { OfferFormFields } from './offer-form-fields'
import { DATE_OUT_OF_RANGE, dateInRange, DEADLINE_YEARS_AHEAD } from '../../../form/date-range'

type DraftInput = z.input<typeof offerDraftSchema>
type PayInput = DraftInput['pay']
type Fields = OfferFormFields['pay']

/** An optional range (sign-on): both inputs empty is none. */
function optionalRangeFrom(range: RangeFields): { low: number; high: number } | undefined {
  return range.low.trim() === '' && range.high.trim() === '' ? undefined : rangeFrom(range)
}

function baseFrom(base: Fields['base']): PayInput['base'] {
  if (base.kind === 'monthly') {
    return { kind: 'monthly', monthly: rangeFrom(base.monthly), months: required(base.months) }
  }
  if (base.kind === 'annual') return { kind: 'annual', annual: rangeFrom(base.annual) }
  return { kind: 'text', text: base.text }
}

function payFrom(pay: Fields): PayInput {
  const input: PayInput = { currency: pay.currency, base: baseFrom(pay.base) }
  const { yearEndBonus: bonus, options } = pay
  if (bonus.kind === 'months') {
    // An empty "up to", or one equal to the months, is a single figure (stored as before ranges).
    const months = required(bonus.months)
    const high = numberFrom(bonus.monthsHigh)
    input.yearEndBonus =
      high === undefined || high === months
        ? { kind: 'months', months }
        : { kind: 'months', months, monthsHigh: high }
  }
  if (bonus.kind === 'amount')
    input.yearEndBonus = { kind: 'amount', amount: rangeFrom(bonus.amount) }
  const signOn = optionalRangeFrom(pay.signOn)
  if (signOn) input.signOn = signOn
  const stock = stockFrom(pay.stock)
  if (stock) input.stock = stock
  if (options.granted) input.options = optionsFrom(options)
  return input
}

const blank = (text: string) => text.trim() === ''

/**
 * Ticked options: priced once both the strike and a share's worth are typed; else unpriced,
 * keeping what is typed so far (a grant is often told before its price: it is saved, and the
 * verdict weighs the offer without it and says so).
 */
function optionsFrom(options: Fields['options']): NonNullable<PayInput['options']> {
  const discount = numberFrom(options.discountPercent)
  const terms = {
    ...(options.currency === '' ? {} : { currency: options.currency }),
    listed: options.listed,
    cliffMonths: numberFrom(options.cliffMonths) ?? 0,
    ...(discount === undefined ? {} : { discountPercent: discount }),
  }
  if (blank(options.strikePrice) || blank(options.sharePrice.low)) {
    const count = numberFrom(options.count)
    const strikePrice = numberFrom(options.strikePrice)
    return {
      priced: false,
      ...(count === undefined ? {} : { count }),
      ...(strikePrice === undefined ? {} : { strikePrice }),
      ...(blank(options.sharePrice.low) ? {} : { sharePrice: rangeFrom(options.sharePrice) }),
      ...(blank(options.schedule) ? {} : { schedule: scheduleFrom(options.schedule) }),
      ...terms,
    }
  }
  return {
    count: required(options.count),
    strikePrice: required(options.strikePrice),
    sharePrice: rangeFrom(options.sharePrice),
    schedule: scheduleFrom(options.schedule),
    ...terms,
  }
}

/** The inputs' values as the repository's draft (no id: the editor adds it). */
export function draftFromFields(fields: OfferFormFields): DraftInput {
  const city = fields.city.trim()
  return {
    company: fields.company,
    role: fields.role,
    employerKind: fields.employerKind,
    funding: fields.funding,
    pay: payFrom(fields.pay),
    ...(city === '' ? {} : { city }),
    taxedInChina: fields.taxedInChina,
    checklist: { ...fields.checklist },
    redFlags: [...fields.redFlags],
    employerEager: fields.employerEager,
    roleDomains: [...fields.roleDomains],
    ...(fields.deadline === '' ? {} : { deadline: fields.deadline }),
    notes: fields.notes,
  }
}

/**
 * The form's schema: its inputs read into a draft and checked by the repository's own schema
 * (the stored offer without its id and stamps, the engine's offer schema within it), so the
 * form and the database accept exactly the same offers, and every error keeps the stored
 * field's path, which is the input's name.
 */
export const offerFormSchema = z
  .custom<OfferFormFields>()
  .transform(draftFromFields)
  .pipe(offerDraftSchema)

export type OfferFormOutput = z.output<typeof offerFormSchema>

/**
 * What Save checks: the form's schema, and the deadline held to a sensible year. Only here, not
 * in `offerFormSchema`, which the live reading (`offerFromFields`) uses too: a stored offer of
 * any date (0006-02-02, saved before 598d2c4) opens counted, and only Save asks for a year in
 * range (review 26 L1: it opened as "Some fields are missing or wrong", nothing marked).
 */
const offerSaveSchema = offerFormSchema.superRefine((draft, context) => {
  if (draft.deadline !== undefined && !dateInRange(draft.deadline, DEADLINE_YEARS_AHEAD)) {
    context.addIssue({ code: 'custom', path: ['deadline'], message: DATE_OUT_OF_RANGE })
  }
})

export const offerResolver: Resolver<OfferFormFields, unknown, OfferFormOutput> =
  zodResolver(offerSaveSchema)

/** The engine's offer in the form's output (what the verdict weighs while it is unsaved). */
export function offerFromOutput(id: string, output: OfferFormOutput): Offer {
  return offerFrom({ ...output, id })
}

/** A date the stored schema reads (yyyy-mm-dd): not "61202-01-15", which a date field takes. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The inputs as the engine's offer, or undefined while any of them is wrong or half typed. The
 * deadline is none of the engine's business: one it cannot read is left out here (new-user
 * trial 23 #5: a year of 61202 took the verdict away, saying a company and a pay were missing),
 * and only Save asks for it.
 */
export function offerFromFields(id: string, fields: OfferFormFields): Offer | undefined {
  const readable = ISO_DATE.test(fields.deadline) ? fields : { ...fields, deadline: '' }
  const parsed = offerFormSchema.safeParse(readable)
  return parsed.success ? offerFromOutput(id, parsed.data) : undefined
}

/**
 * The offer weighed without its options, for inputs offerFromFields refused, where only the
 * options are wrong (a count of 0, a schedule not adding up to 100): the verdict beside the
 * form stays rather than going (new-user trial 17); the form still marks them, and Save asks.
 * Options with no price yet are not wrong: they are saved unpriced (optionsFrom).
 */
export function offerWithoutHalfOptions(id: string, fields: OfferFormFields): Offer | undefined {
  if (!fields.pay.options.granted) return undefined
  const options = { ...fields.pay.options, granted: false }
  return offerFromFields(id, { ...fields, pay: { ...fields.pay, options } })
}
