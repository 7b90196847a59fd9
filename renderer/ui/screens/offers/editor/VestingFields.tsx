import { VestingFields as SharedVestingFields } from '../../../form/VestingFields'
import { OFFER_WORDS } from './form-controls'

/** A vesting schedule of the offer form (the shared VestingFields, in its words). */
export function VestingFields({ name }: { name: 'pay.stock.schedule' | 'pay.options.schedule' }) {
  return <SharedVestingFields name={name} words={OFFER_WORDS} />
}
