import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useController, useFormContext } from 'react-hook-form'
import type { StoredOffer } from '../../../../data/records'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import type { EntryFormFields } from './entry-form-fields'
import type { EntryFieldName } from './entry-error-text'
import { describedBy, FieldError, useEntryError } from './field-parts'

/** The six kinds as a row of pills (a radio group: arrows move between them). */
export function KindField() {
  const { t } = useTranslation()
  const { register } = useFormContext<EntryFormFields>()
  return (
    <fieldset className="je-kinds">
      <legend>{t('journalEntry.kind')}</legend>
      <div className="je-kind-row">
        {JOURNAL_KINDS.map((kind) => (
          <label key={kind} className="je-kind">
            <input type="radio" value={kind} {...register('kind')} />
            <span>{t(`journal.kind.${kind}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** A labelled text or date input with its hint and its error beside it. */
export function TextField({
  name,
  label,
  hint,
  type = 'text',
  placeholder,
  list,
  className,
}: {
  name: Extract<EntryFieldName, 'title' | 'date' | 'company'>
  label: string
  hint?: string
  type?: 'text' | 'date'
  placeholder?: string
  list?: string | undefined
  className?: string
}) {
  const id = useId()
  const { register } = useFormContext<EntryFormFields>()
  const error = useEntryError(name)
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        autoComplete="off"
        placeholder={placeholder}
        list={list}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, error && `${id}-error`)}
        {...register(name)}
      />
      {hint !== undefined ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}

/** The offer an entry is about, from the stored ones (controlled: offers may load later). */
export function OfferField({ offers }: { offers: readonly StoredOffer[] }) {
  const { t } = useTranslation()
  const id = useId()
  const { control } = useFormContext<EntryFormFields>()
  const {
    field: { name, value, onChange, onBlur, ref },
  } = useController({ control, name: 'offerId' })
  const error = useEntryError('offerId')
  const known = value === '' || offers.some((offer) => offer.id === value)
  return (
    <div className="field je-offer">
      <label htmlFor={id}>{t('journalEntry.offer.label')}</label>
      <select
        id={id}
        name={name}
        ref={ref}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`)}
        onChange={(event) => {
          onChange(event.target.value)
        }}
        onBlur={onBlur}
      >
        <option value="">{t('journalEntry.offer.none')}</option>
        {offers.map((offer) => (
          <option key={offer.id} value={offer.id}>
            {t('journalEntry.offer.option', { company: offer.company, role: offer.role })}
          </option>
        ))}
        {known ? null : <option value={value}>{t('journalEntry.meta.missingOffer')}</option>}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  )
}
