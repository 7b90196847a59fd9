import { useFormContext, type FieldPath } from 'react-hook-form'
import { FormCheckbox } from '../../../form/CheckboxField'
import { useFieldErrorText } from '../../../form/field-error'
import type { FormWords } from '../../../form/form-words'
import { FormInputField, type InputFieldProps } from '../../../form/InputField'
import { LabelledField } from '../../../form/LabelledField'
import { FormSelectField, type SelectFieldProps } from '../../../form/SelectField'
import { offerFieldErrorText } from './field-error-text'
import type { OfferFormFields } from './offer-form-fields'

export type OfferPath = FieldPath<OfferFormFields>

/**
 * The error the schema gave one input, as the offer form's sentence (see useFieldErrorText); an
 * empty input's only once the user saves or asks to see the problems.
 */
export function useOfferFieldError(name: OfferPath): string | undefined {
  return useFieldErrorText<OfferFormFields>(name, offerFieldErrorText, {
    emptyWaitsForSubmit: true,
  })
}

/** The offer form's words and error sentences, for the fields shared with the profile. */
export const OFFER_WORDS: FormWords = { messages: 'offerEditor', errorText: offerFieldErrorText }

/** A checkbox of the offer form (typed by its paths). */
export const CheckboxField = FormCheckbox<OfferFormFields>

/** A labelled input (text, number or date) of the offer form, with its hint and its error. */
export function InputField(props: InputFieldProps<OfferFormFields>) {
  return <FormInputField<OfferFormFields> {...props} errorText={offerFieldErrorText} />
}

/** A select of fixed choices of the offer form; `explain` says what the chosen one means. */
export function SelectField<Value extends string>(props: SelectFieldProps<OfferFormFields, Value>) {
  return <FormSelectField<OfferFormFields, Value> {...props} />
}

/** A multi-line input with its hint and error: Enter is a new line (Ctrl+Enter saves). */
export function TextAreaField({
  name,
  label,
  hint,
  rows = 3,
}: {
  name: OfferPath
  label: string
  hint?: string
  rows?: number
}) {
  const { register } = useFormContext<OfferFormFields>()
  const error = useOfferFieldError(name)
  return (
    <LabelledField label={label} hint={hint} error={error} className="oe-textarea">
      {(control) => <textarea {...control} rows={rows} {...register(name)} />}
    </LabelledField>
  )
}
