import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { CityField, cityList, cityName } from '../../../form/CityField'
import { useOfferFieldError } from './form-controls'
import type { OfferFormFields } from './offer-form-fields'

/**
 * Where the job is: the city's social-insurance figures are what it changes for an offer.
 * Empty: the profile's city.
 */
export function OfferCityField({ ruleset }: { ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<OfferFormFields>()
  const error = useOfferFieldError('city')
  const { cities } = ruleset
  return (
    <CityField
      control={control}
      name="city"
      cities={cities}
      label={t('offerEditor.city.label')}
      hint={t('offerEditor.city.hint')}
      placeholder={t('offerEditor.city.placeholder')}
      error={error}
      describeMatch={(match) =>
        match
          ? t('offerEditor.city.matched', { name: cityName(match, language) })
          : t('offerEditor.city.noMatch', { cities: cityList(cities, language) })
      }
    />
  )
}
