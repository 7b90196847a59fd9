import type { StoredOffer } from '../../../../data/records'
import type { Compensation } from '../../../../domain/model/compensation'
import {
  CHECKLIST_ITEM_IDS,
  type CHECKLIST_ANSWERS,
  type ChecklistItemId,
  type Currency,
  type FundingSignal,
  type OfferEmployerKind,
  type RedFlagId,
  type SkillDomainId,
} from '../../../../domain/model/enums'
import type { Options } from '../../../../domain/model/options'
import type { ParsedPay } from '../../../../domain/pay/parse-pay'
import { parseCountablePay } from '../../../../domain/pay/stock-inside'
import {
  emptyRange,
  EVEN_FOUR_YEARS,
  noStockFields,
  rangeFields,
  scheduleText,
  stockFieldsFrom,
  stockFilledByLine,
  yuanFields,
  type RangeFields,
  type StockFields,
} from '../../../form/stock-fields'

export {
  EVEN_FOUR_YEARS,
  evenSchedule,
  rangeFields,
  scheduleText,
  type RangeFields,
  type StockKind,
} from '../../../form/stock-fields'

export type ChecklistAnswer = (typeof CHECKLIST_ANSWERS)[number]
export type BaseKind = 'monthly' | 'annual' | 'text'
export type BonusKind = 'none' | 'months' | 'amount'

/**
 * The form's inputs, shaped like the stored offer so the schema's errors land on the input they
 * name ("pay.base.monthly.low"). Every part of the pay is always here, whichever kind is
 * chosen, so switching "monthly" to "annual" and back keeps what was typed; only the chosen
 * kind is read into the offer (offer-form-schema.ts).
 */
export interface OfferFormFields {
  company: string
  role: string
  employerKind: OfferEmployerKind
  funding: FundingSignal
  city: string
  taxedInChina: boolean
  employerEager: ChecklistAnswer
  roleDomains: SkillDomainId[]
  checklist: Record<ChecklistItemId, ChecklistAnswer>
  redFlags: RedFlagId[]
  /** yyyy-mm-dd from the date input, or ''. */
  deadline: string
  notes: string
  pay: {
    currency: Currency
    base: {
      kind: BaseKind
      monthly: RangeFields
      months: string
      annual: RangeFields
      /** A stored pay the parser cannot read, kept as written until the user replaces it. */
      text: string
    }
    /** A bonus in months: `months`, or from `months` up to `monthsHigh` ('' for one figure). */
    yearEndBonus: { kind: BonusKind; months: string; monthsHigh: string; amount: RangeFields }
    /** Empty: no sign-on bonus. */
    signOn: RangeFields
    stock: StockFields
    options: {
      granted: boolean
      count: string
      strikePrice: string
      sharePrice: RangeFields
      /** '' : the pay's currency. */
      currency: Currency | ''
      listed: boolean
      schedule: string
      cliffMonths: string
      /** '' : the ruleset's discount. */
      discountPercent: string
    }
  }
}

const EMPTY_RANGE: RangeFields = emptyRange()

export function newOfferFields(): OfferFormFields {
  return {
    company: '',
    role: '',
    employerKind: 'big-tech-new-llm-team',
    funding: 'unknown',
    city: '',
    taxedInChina: true,
    employerEager: 'unknown',
    roleDomains: [],
    checklist: Object.fromEntries(CHECKLIST_ITEM_IDS.map((id) => [id, 'unknown'])) as Record<
      ChecklistItemId,
      ChecklistAnswer
    >,
    redFlags: [],
    deadline: '',
    notes: '',
    pay: {
      currency: 'CNY',
      base: {
        kind: 'monthly',
        monthly: { ...EMPTY_RANGE },
        months: '',
        annual: { ...EMPTY_RANGE },
        text: '',
      },
      yearEndBonus: { kind: 'none', months: '', monthsHigh: '', amount: { ...EMPTY_RANGE } },
      signOn: { ...EMPTY_RANGE },
      stock: noStockFields(),
      options: {
        granted: false,
        count: '',
        strikePrice: '',
        sharePrice: { ...EMPTY_RANGE },
        currency: '',
        listed: false,
        schedule: EVEN_FOUR_YEARS,
        cliffMonths: '12',
        discountPercent: '',
      },
    },
  }
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value))

/** The base pay's inputs as a parsed line fills them (the kind chosen, the rest left alone). */
export function baseFromParsed(
  parsed: ParsedPay,
  keep: OfferFormFields['pay']['base'],
): OfferFormFields['pay']['base'] {
  return parsed.kind === 'monthly'
    ? {
        ...keep,
        kind: 'monthly',
        monthly: yuanFields(parsed.monthly),
        months: String(parsed.months),
      }
    : { ...keep, kind: 'annual', annual: yuanFields(parsed.annual) }
}

/** A bonus in months as its two inputs: a single figure leaves "up to" empty. */
function monthsFields(bonus: { months: number; monthsHigh?: number | undefined }): {
  months: string
  monthsHigh: string
} {
  const high = bonus.monthsHigh
  return {
    months: String(bonus.months),
    monthsHigh: high === undefined || high === bonus.months ? '' : String(high),
  }
}

/** The bonus inputs as a parsed line fills them: the bonus it states, else those already typed. */
export function bonusFromParsed(
  parsed: ParsedPay,
  keep: OfferFormFields['pay']['yearEndBonus'],
): OfferFormFields['pay']['yearEndBonus'] {
  const { bonus } = parsed
  if (!bonus) return keep
  return bonus.kind === 'months'
    ? { ...keep, kind: 'months', ...monthsFields(bonus) }
    : { ...keep, kind: 'amount', amount: yuanFields(bonus.amount) }
}

/**
 * The options' strike and its currency as a line gives them ("行权价 1 美元"); the currency input
 * left as the pay's ('') unless the strike is in another one.
 */
function strikeFields(
  options: NonNullable<ParsedPay['options']>,
  payCurrency: Currency,
): Partial<OfferFormFields['pay']['options']> {
  if (options.strikePrice === undefined) return {}
  const currency = options.strikeCurrency
  return {
    strikePrice: String(options.strikePrice),
    ...(currency && currency !== payCurrency ? { currency } : {}),
  }
}

/**
 * The pay inputs once a read line fills them: the base and currency it states, its bonus,
 * sign-on and options where it names them; everything else as it was.
 */
export function payFilledBy(
  parsed: ParsedPay,
  pay: OfferFormFields['pay'],
): OfferFormFields['pay'] {
  const options =
    parsed.options === null
      ? pay.options
      : {
          ...pay.options,
          granted: true,
          ...(parsed.options.count === null ? {} : { count: String(parsed.options.count) }),
          ...strikeFields(parsed.options, parsed.currency ?? 'CNY'),
        }
  return {
    ...pay,
    base: baseFromParsed(parsed, pay.base),
    currency: parsed.currency ?? 'CNY',
    yearEndBonus: bonusFromParsed(parsed, pay.yearEndBonus),
    signOn: parsed.signOn ? yuanFields(parsed.signOn) : pay.signOn,
    options,
  }
}

/**
 * The pay inputs once a read line fills them: its base, currency, bonus and options
 * (`payFilledBy`), and the stock it states, as its value a year ("RSU 20 万分 4 年" is 5 万 a
 * year, the grant ÷ its years, as the parser reads it). A line with no stock leaves the stock
 * inputs as they were. Both a pasted line and a stored text pay fill the form this way.
 */
export function payFilledByLine(
  parsed: ParsedPay,
  pay: OfferFormFields['pay'],
): OfferFormFields['pay'] {
  return { ...payFilledBy(parsed, pay), stock: stockFilledByLine(parsed.stock, pay.stock) }
}

function payFields(pay: Compensation): OfferFormFields['pay'] {
  let fields = newOfferFields().pay
  fields.currency = pay.currency
  const { base } = pay
  if (base.kind === 'monthly') {
    fields.base = {
      ...fields.base,
      kind: 'monthly',
      monthly: rangeFields(base.monthly),
      months: String(base.months),
    }
  } else if (base.kind === 'annual') {
    fields.base = { ...fields.base, kind: 'annual', annual: rangeFields(base.annual) }
  } else {
    // A line stored as written ("年薪 135 万") is read into the fields where the parser can, as
    // a pasted line fills them: its base, and the bonus, options and stock it names ("年终奖 2-4
    // 个月", "RSU 20 万分 4 年": counted by the engine from the text, else lost at the next save).
    // Those stored in their own fields are set below and win, as in the engine; and its rule
    // holds for the currency: one the text names wins over the default CNY, not over another.
    // A figure said to include stock of no stated value stays as written, as the engine refuses it.
    const parsed = parseCountablePay(base.text)
    if (parsed.ok) {
      fields = payFilledByLine(parsed.pay, fields)
      fields.currency = pay.currency === 'CNY' ? (parsed.pay.currency ?? 'CNY') : pay.currency
    } else {
      fields.base = { ...fields.base, kind: 'text', text: base.text }
    }
  }
  const bonus = pay.yearEndBonus
  if (bonus?.kind === 'months')
    fields.yearEndBonus = { ...fields.yearEndBonus, kind: 'months', ...monthsFields(bonus) }
  if (bonus?.kind === 'amount')
    fields.yearEndBonus = {
      ...fields.yearEndBonus,
      kind: 'amount',
      amount: rangeFields(bonus.amount),
    }
  if (pay.signOn) fields.signOn = rangeFields(pay.signOn)
  fields.stock = stockFieldsFrom(pay.stock, fields.stock)
  if (pay.options) fields.options = optionsFields(pay.options)
  return fields
}

/** Stored options as their inputs; what unpriced ones leave out stays empty (or the default). */
function optionsFields(options: Options): OfferFormFields['pay']['options'] {
  return {
    granted: true,
    count: text(options.count),
    strikePrice: text(options.strikePrice),
    sharePrice: options.sharePrice ? rangeFields(options.sharePrice) : { ...EMPTY_RANGE },
    currency: options.currency ?? '',
    listed: options.listed,
    schedule: options.schedule ? scheduleText(options.schedule) : EVEN_FOUR_YEARS,
    cliffMonths: String(options.cliffMonths),
    discountPercent: text(options.discountPercent),
  }
}

/** The form's inputs for a stored offer. */
export function fieldsFromStored(stored: StoredOffer): OfferFormFields {
  return {
    company: stored.company,
    role: stored.role,
    employerKind: stored.employerKind,
    funding: stored.funding,
    city: stored.city ?? '',
    taxedInChina: stored.taxedInChina,
    employerEager: stored.employerEager,
    roleDomains: [...stored.roleDomains],
    checklist: { ...stored.checklist },
    redFlags: [...stored.redFlags],
    deadline: stored.deadline ?? '',
    notes: stored.notes,
    pay: payFields(stored.pay),
  }
}
