import type { ReactNode } from 'react'
import type { Currency } from '../../../../domain/model/enums'
import type { Period } from '../../../format/amount'
import { AmountRange as SharedAmountRange } from '../../../form/AmountRange'
import { OFFER_WORDS } from './form-controls'

/** The inputs that hold a figure or a range ("low", "up to"). */
export type RangePath =
  | 'pay.base.monthly'
  | 'pay.base.annual'
  | 'pay.yearEndBonus.amount'
  | 'pay.signOn'
  | 'pay.stock.grantValue'
  | 'pay.stock.perYear'
  | 'pay.options.sharePrice'

/** A figure or a range of the offer form (the shared AmountRange, in the offer form's words). */
export function AmountRange(props: {
  name: RangePath
  label: string
  currency: Currency
  period?: Period
  hint?: string
  read?: boolean
  children?: ReactNode
}) {
  return <SharedAmountRange {...props} words={OFFER_WORDS} />
}
