import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { UiLanguage } from '../../../i18n/i18n'
import { CityField, cityList, cityName } from '../../../form/CityField'
import { useFieldError } from './form-fields'
import type { ProfileFormValues } from './profile-form-values'

const { cities } = DEFAULT_RULESET
const hubCityIds: readonly string[] = DEFAULT_RULESET.modifiers.hubCity.cityIds

/** The profile's city: a hub city (L24) earns points, and any known city sets the tax figures. */
export function ProfileCityField() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<ProfileFormValues>()
  const error = useFieldError('city')
  return (
    <CityField
      control={control}
      name="city"
      cities={cities}
      label={t('profile.city.label')}
      hint={t('profile.city.hint')}
      placeholder={t('profile.city.placeholder')}
      error={error}
      describeMatch={(match) => {
        if (match) {
          const key = hubCityIds.includes(match.id)
            ? 'profile.city.matchedHub'
            : 'profile.city.matched'
          return t(key, { name: cityName(match, language) })
        }
        const hubs = cities.filter((city) => hubCityIds.includes(city.id))
        return t('profile.city.noMatch', { cities: cityList(hubs, language) })
      }}
    />
  )
}
