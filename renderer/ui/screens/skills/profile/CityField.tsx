import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { matchCity } from '../../../../domain/cities/match-city'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { City } from '../../../../domain/ruleset/city-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { LabelledField } from '../../../form/LabelledField'
import { useFieldError } from './form-fields'
import type { ProfileFormValues } from './profile-form-values'

const { cities } = DEFAULT_RULESET
const hubCityIds: readonly string[] = DEFAULT_RULESET.modifiers.hubCity.cityIds

/** A city's name in the interface's language, with the other one beside it. */
export function cityName(city: City, language: UiLanguage): string {
  return language === 'zh-CN'
    ? `${city.nameZhHans}（${city.nameEn}）`
    : `${city.nameEn} (${city.nameZhHans})`
}

/**
 * The city as the user writes it, with the ruleset's cities offered in both languages, and
 * which of them the engine will read it as ("北京市", "Beijing, China" → Beijing).
 */
export function CityField() {
  const id = useId()
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { register, control } = useFormContext<ProfileFormValues>()
  const text = useWatch({ control, name: 'city' }) ?? ''
  const error = useFieldError('city')
  const match = text.trim() ? matchCity(text, cities) : null
  const hubNames = cities
    .filter((city) => hubCityIds.includes(city.id))
    .map((city) => (language === 'zh-CN' ? city.nameZhHans : city.nameEn))
    .join(language === 'zh-CN' ? '、' : ', ')

  let matchText: string | null = null
  if (match) {
    matchText = t(
      hubCityIds.includes(match.id) ? 'profile.city.matchedHub' : 'profile.city.matched',
      {
        name: cityName(match, language),
      },
    )
  } else if (text.trim()) {
    matchText = t('profile.city.noMatch', { cities: hubNames })
  }

  return (
    <LabelledField
      id={id}
      label={t('profile.city.label')}
      hint={t('profile.city.hint')}
      error={error}
      describedBefore={[matchText !== null && `${id}-match`]}
    >
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            list={`${id}-cities`}
            autoComplete="off"
            placeholder={t('profile.city.placeholder')}
            {...register('city')}
          />
          <datalist id={`${id}-cities`}>
            {cities.flatMap((city) => [
              <option key={`${city.id}-zh`} value={city.nameZhHans} />,
              <option key={`${city.id}-en`} value={city.nameEn} />,
            ])}
          </datalist>
          {matchText ? (
            <p id={`${id}-match`} className={match ? 'city-match' : 'hint'}>
              {matchText}
            </p>
          ) : null}
        </>
      )}
    </LabelledField>
  )
}
