import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import { offerFrom } from '../../../../data/assessment-input'
import { offerDraftSchema } from '../../../../data/repositories/offers'
import type { Offer } from '../../../../domain/model/offer'
import type { OfferFormFields, RangeFields } from './offer-form-fields'

type DraftInput = z.input<typeof offerDraftSchema>
type PayInput = DraftInput['pay']
type Fields = OfferFormFields['pay']

/**
 * An input's text as a number: '' is absent (undefined), anything else is read as a number, so
 * a figure that is not one reaches the schema as NaN and is refused there, by name.
 */
function numberFrom(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text)
}

/** A required number: an empty input goes to the schema as undefined, which refuses it. */
const required = (text: string) => numberFrom(text) as number

/** "25/25/25/25", "10, 20, 30, 40": percent a year, in order. */
function scheduleFrom(text: string): number[] {
  const parts = text.split(/[\s/,，、|]+/).filter(Boolean)
  return parts.map(Number)
}

/** A figure or a range: an empty "up to" is the figure itself. */
function rangeFrom(range: RangeFields): { low: number; high: number } {
  return { low: required(range.low), high: numberFrom(range.high) ?? required(range.low) }
}

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
  const { yearEndBonus: bonus, stock, options } = pay
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
  if (stock.kind === 'grant') {
    input.stock = {
      kind: 'grant',
      grantValue: rangeFrom(stock.grantValue),
      schedule: scheduleFrom(stock.schedule),
    }
  }
  if (stock.kind === 'per-year')
    input.stock = { kind: 'per-year', perYear: rangeFrom(stock.perYear) }
  if (options.granted) {
    const discount = numberFrom(options.discountPercent)
    input.options = {
      count: required(options.count),
      strikePrice: required(options.strikePrice),
      sharePrice: rangeFrom(options.sharePrice),
      ...(options.currency === '' ? {} : { currency: options.currency }),
      listed: options.listed,
      schedule: scheduleFrom(options.schedule),
      cliffMonths: numberFrom(options.cliffMonths) ?? 0,
      ...(discount === undefined ? {} : { discountPercent: discount }),
    }
  }
  return input
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

export const offerResolver: Resolver<OfferFormFields, unknown, OfferFormOutput> =
  zodResolver(offerFormSchema)

/** The engine's offer in the form's output (what the verdict weighs while it is unsaved). */
export function offerFromOutput(id: string, output: OfferFormOutput): Offer {
  return offerFrom({ ...output, id })
}

/** The inputs as the engine's offer, or undefined while any of them is wrong or half typed. */
export function offerFromFields(id: string, fields: OfferFormFields): Offer | undefined {
  const parsed = offerFormSchema.safeParse(fields)
  return parsed.success ? offerFromOutput(id, parsed.data) : undefined
}
