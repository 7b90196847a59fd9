import type { FieldErrorText } from './field-error'

/**
 * What a shared field needs of the form it is in: whose words it uses (the profile's current
 * pay, an offer's pay: `${messages}.pay.…`), and that form's sentence for an input's error.
 */
export interface FormWords {
  messages: 'profile' | 'offerEditor'
  errorText: FieldErrorText
}
