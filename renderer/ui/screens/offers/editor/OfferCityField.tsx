import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import type { EngineSettings } from '../../../../domain/model/settings'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { CityField, cityList, cityName } from '../../../form/CityField'
import {
  fallbackPresetFacts,
  hasOwnSocialInsurance,
  presetFacts,
} from '../../../form/fallback-social-insurance'
import { useOfferFieldError } from './form-controls'
import type { OfferFormFields } from './offer-form-fields'

/**
 * Where the job is: the city's social-insurance figures are what it changes for an offer.
 * Empty: the profile's city. A city without figures says whose are used instead, which, and
 * where to set one's own; a city chosen for every job under Tax assumptions wins over any; and
 * figures the user set there apply to every offer, in place of the city's (each figure set
 * replaces the preset's: social-insurance.ts).
 */
export function OfferCityField({
  ruleset,
  settings,
}: {
  ruleset: Ruleset
  settings: EngineSettings
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<OfferFormFields>()
  const taxedInChina = useWatch({ control, name: 'taxedInChina' })
  const error = useOfferFieldError('city')
  const { cities } = ruleset
  const { cityPreset } = settings.socialInsurance
  const own = hasOwnSocialInsurance(settings.socialInsurance)
    ? t('offerEditor.city.withOwnFigures')
    : ''
  return (
    <CityField
      control={control}
      name="city"
      cities={cities}
      label={t('offerEditor.city.label')}
      hint={t('offerEditor.city.hint')}
      placeholder={t('offerEditor.city.placeholder')}
      error={error}
      describeMatch={(match) => {
        // Pay not taxed in mainland China takes no city's social-insurance figures: the city
        // only says where the job is (new-user trial 16 was told which figures its tax used).
        if (!taxedInChina) return t('offerEditor.city.notTaxed')
        const space = language === 'zh-CN' ? '' : ' '
        // A city Tidemark does not know may be abroad (San Francisco): how to say so is told
        // whatever figures the tax uses (review 28 P6: dropped when the user had set their own
        // figures or chosen one city for every job, trial 21 #6's fix said it only otherwise).
        // Said first: it decides whether the social-insurance advice after it applies at all
        // (look 31: last, it followed advice a Tokyo job cannot use).
        const abroad = match ? '' : `${t('offerEditor.city.untickAbroad')}${space}`
        if (cityPreset !== 'auto') {
          return `${abroad}${t('offerEditor.city.presetChosen', { ...presetFacts(ruleset, cityPreset, language) })}${own}`
        }
        if (match) {
          return `${t('offerEditor.city.matched', { name: cityName(match, language) })}${own}`
        }
        const noMatch = t('offerEditor.city.noMatch', {
          ...fallbackPresetFacts(ruleset, language),
          cities: cityList(cities, language),
        })
        // Figures of one's own already set are said instead of where to set them.
        if (own) return `${abroad}${noMatch}${own}`
        return `${abroad}${noMatch}${space}${t('offerEditor.city.setOwn')}`
      }}
    />
  )
}
