import { useId } from 'react'
import {
  useController,
  type Control,
  type FieldPathByValue,
  type FieldValues,
} from 'react-hook-form'
import { matchCity } from '../../domain/cities/match-city'
import type { City } from '../../domain/ruleset/city-schema'
import type { UiLanguage } from '../i18n/i18n'
import { LabelledField } from './LabelledField'
import './city-field.css'

/** A city's name in the interface's language, with the other one beside it. */
export function cityName(city: City, language: UiLanguage): string {
  return language === 'zh-CN'
    ? `${city.nameZhHans}（${city.nameEn}）`
    : `${city.nameEn} (${city.nameZhHans})`
}

/** Cities' short names in the interface's language, as a list ("北京、上海", "Beijing, Shanghai"). */
export function cityList(cities: readonly City[], language: UiLanguage): string {
  return cities
    .map((city) => (language === 'zh-CN' ? city.nameZhHans : city.nameEn))
    .join(language === 'zh-CN' ? '、' : ', ')
}

/**
 * A city as the user writes it ("北京市", "Beijing, China"), with the ruleset's cities offered in
 * both languages, and a line beneath saying which of them the engine will read it as. The form
 * says what a match (or none) means for it through `describeMatch`; nothing is said while the
 * input is empty.
 */
export function CityField<Values extends FieldValues>({
  control,
  name,
  cities,
  label,
  hint,
  placeholder,
  error,
  describeMatch,
}: {
  control: Control<Values>
  name: FieldPathByValue<Values, string | undefined>
  cities: readonly City[]
  label: string
  hint: string
  placeholder: string
  /** The field's error, already in the user's language. */
  error: string | undefined
  /**
   * What the text reads as, for this form: `match` is null when it names none of `cities`, and
   * is then shown as a notice, not a hint.
   */
  describeMatch: (match: City | null) => string
}) {
  const id = useId()
  const { field } = useController({ control, name })
  const text = (field.value as string | undefined) ?? ''
  const match = text.trim() ? matchCity(text, cities) : null
  const matchText = text.trim() ? describeMatch(match) : null
  return (
    <LabelledField
      id={id}
      label={label}
      hint={hint}
      error={error}
      describedBefore={[matchText !== null && `${id}-match`]}
    >
      {(props) => (
        <>
          <input
            {...props}
            type="text"
            list={`${id}-cities`}
            autoComplete="off"
            placeholder={placeholder}
            name={field.name}
            ref={field.ref}
            value={text}
            onChange={(event) => {
              field.onChange(event.target.value)
            }}
            onBlur={field.onBlur}
          />
          <datalist id={`${id}-cities`}>
            {cities.flatMap((city) => [
              <option key={`${city.id}-zh`} value={city.nameZhHans} />,
              <option key={`${city.id}-en`} value={city.nameEn} />,
            ])}
          </datalist>
          {matchText ? (
            // No match is no hint: the tax then rests on another city's figures (new-user trial).
            <p id={`${id}-match`} className={match ? 'city-match' : 'city-no-match'}>
              {matchText}
            </p>
          ) : null}
        </>
      )}
    </LabelledField>
  )
}
