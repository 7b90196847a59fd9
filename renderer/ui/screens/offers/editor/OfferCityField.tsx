import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { matchCity } from '../../../../domain/cities/match-city'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName } from '../../skills/profile/CityField'
import { LabelledField } from '../../../form/LabelledField'
import { useOfferFieldError } from './form-controls'
import type { OfferFormFields } from './offer-form-fields'

/**
 * Where the job is, as the user writes it ("北京市", "Beijing, China"), with the ruleset's cities
 * offered in both languages and which of them the engine will read it as (its social-insurance
 * figures are what the city changes for an offer). Empty: the profile's city.
 */
export function OfferCityField({ ruleset }: { ruleset: Ruleset }) {
  const id = useId()
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { register, control } = useFormContext<OfferFormFields>()
  const text = useWatch({ control, name: 'city' })
  const error = useOfferFieldError('city')
  const { cities } = ruleset
  const match = text.trim() ? matchCity(text, cities) : null
  let matchText: string | null = null
  if (match) {
    matchText = t('offerEditor.city.matched', { name: cityName(match, language) })
  } else if (text.trim()) {
    matchText = t('offerEditor.city.noMatch', {
      cities: cities
        .map((city) => (language === 'zh-CN' ? city.nameZhHans : city.nameEn))
        .join(language === 'zh-CN' ? '、' : ', '),
    })
  }
  return (
    <LabelledField
      id={id}
      label={t('offerEditor.city.label')}
      hint={t('offerEditor.city.hint')}
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
            placeholder={t('offerEditor.city.placeholder')}
            {...register('city')}
          />
          <datalist id={`${id}-cities`}>
            {cities.flatMap((city) => [
              <option key={`${city.id}-zh`} value={city.nameZhHans} />,
              <option key={`${city.id}-en`} value={city.nameEn} />,
            ])}
          </datalist>
          {matchText ? (
            <p id={`${id}-match`} className={match ? 'oe-match' : 'hint'}>
              {matchText}
            </p>
          ) : null}
        </>
      )}
    </LabelledField>
  )
}
