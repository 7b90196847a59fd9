import { useTranslation } from 'react-i18next'
import { useController, useFormContext } from 'react-hook-form'
import type { StoredOffer } from '../../../../data/records'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import type { EntryFormFields } from './entry-form-fields'
import type { EntryFieldName } from './entry-error-text'
import { LabelledField } from '../../../form/LabelledField'
import { useEntryError } from './use-entry-error'
import { ENTRY_YEARS_AHEAD, FIRST_YEAR, lastYear } from '../../../form/date-range'

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
  const { register } = useFormContext<EntryFormFields>()
  const error = useEntryError(name)
  return (
    <LabelledField label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete="off"
          placeholder={placeholder}
          list={list}
          // The calendar offers only the dates the form accepts (see date-range.ts).
          {...(type === 'date'
            ? { min: `${FIRST_YEAR}-01-01`, max: `${lastYear(ENTRY_YEARS_AHEAD)}-12-31` }
            : {})}
          {...register(name)}
        />
      )}
    </LabelledField>
  )
}

/** The offer an entry is about, from the stored ones (controlled: offers may load later). */
export function OfferField({ offers }: { offers: readonly StoredOffer[] }) {
  const { t } = useTranslation()
  const { control } = useFormContext<EntryFormFields>()
  const {
    field: { name, value, onChange, onBlur, ref },
  } = useController({ control, name: 'offerId' })
  const error = useEntryError('offerId')
  const known = value === '' || offers.some((offer) => offer.id === value)
  return (
    <LabelledField label={t('journalEntry.offer.label')} error={error} className="je-offer">
      {(props) => (
        <select
          {...props}
          name={name}
          ref={ref}
          value={value}
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
      )}
    </LabelledField>
  )
}
