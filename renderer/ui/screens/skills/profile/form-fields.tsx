import type { FieldPath } from 'react-hook-form'
import { FormCheckbox } from '../../../form/CheckboxField'
import { useFieldErrorText } from '../../../form/field-error'
import type { FormWords } from '../../../form/form-words'
import { FormInputField, type InputFieldProps } from '../../../form/InputField'
import { FormSelectField, type SelectFieldProps } from '../../../form/SelectField'
import { fieldErrorText } from './field-error-text'
import { amountTyped, numberOrUndefined, type ProfileFormValues } from './profile-form-values'

export type ProfilePath = FieldPath<ProfileFormValues>

/**
 * The error the schema gave one field, as the profile form's sentence (see useFieldErrorText); an
 * empty field's only once the user saves.
 */
export function useFieldError(name: ProfilePath): string | undefined {
  return useFieldErrorText<ProfileFormValues>(name, fieldErrorText, { emptyWaitsForSubmit: true })
}

/** The profile form's words and error sentences, for the fields shared with the offer form. */
export const PROFILE_WORDS: FormWords = { messages: 'profile', errorText: fieldErrorText }

/** A checkbox of the profile form (typed by its paths). */
export const CheckboxField = FormCheckbox<ProfileFormValues>

/**
 * A number input of the profile form: unlike the offer form's inputs, which hold their text, it
 * stores a number ("12" is 12; empty or half typed, undefined), as the profile's schema reads it.
 */
export function NumberField(
  props: Omit<InputFieldProps<ProfileFormValues>, 'type' | 'setValueAs'>,
) {
  return (
    <FormInputField<ProfileFormValues>
      {...props}
      type="number"
      setValueAs={numberOrUndefined}
      errorText={fieldErrorText}
    />
  )
}

/**
 * An amount input of the profile's pay: a text input, as the offer form's are, read through
 * amountFrom ("50k", "5万", "1.5w", "1.2M" as the paste box reads them), storing the number in
 * yuan as before (empty, undefined; a word or a range in one input is refused by name). A
 * number input kept "50" of a typed "50k" and counted 588 a year with no word said (review 21),
 * and a mouse wheel over it changed the pay.
 */
export function AmountField(
  props: Omit<InputFieldProps<ProfileFormValues>, 'type' | 'setValueAs' | 'step' | 'min' | 'max'>,
) {
  return (
    <FormInputField<ProfileFormValues>
      {...props}
      type="text"
      setValueAs={amountTyped}
      errorText={fieldErrorText}
    />
  )
}

/** A select of the profile form whose chosen option is explained beneath it, in plain words. */
export function SelectField<Value extends string>(
  props: Omit<SelectFieldProps<ProfileFormValues, Value>, 'errorText'>,
) {
  return <FormSelectField<ProfileFormValues, Value> {...props} errorText={fieldErrorText} />
}
