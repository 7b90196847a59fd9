import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useFormContext } from 'react-hook-form'
import { readEngineSettings } from '../../../../data/repositories/engine-settings'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { UiLanguage } from '../../../i18n/i18n'
import { CityField, cityList, cityName } from '../../../form/CityField'
import { fallbackPresetFacts, presetFacts } from '../../../form/fallback-social-insurance'
import { useServices } from '../../../services'
import { useFieldError } from './form-fields'
import type { ProfileFormValues } from './profile-form-values'

const { cities } = DEFAULT_RULESET
const hubCityIds: readonly string[] = DEFAULT_RULESET.modifiers.hubCity.cityIds

/**
 * The profile's city: a hub city (L24) earns points, and any known city sets the tax figures.
 * A city without figures says whose are used instead, and which (new-user trial: 成都 was taxed
 * as Beijing, said only in small print); a city chosen for every job under Tax assumptions wins.
 */
export function ProfileCityField() {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<ProfileFormValues>()
  const error = useFieldError('city')
  const { db } = useServices()
  const cityPreset = useLiveQuery(() => readEngineSettings(db), [db])?.socialInsurance.cityPreset
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
        const chosen =
          cityPreset && cityPreset !== 'auto'
            ? `${language === 'zh-CN' ? '' : ' '}${t('profile.city.presetChosen', { ...presetFacts(DEFAULT_RULESET, cityPreset, language) })}`
            : ''
        if (match) {
          const key = hubCityIds.includes(match.id)
            ? 'profile.city.matchedHub'
            : 'profile.city.matched'
          return `${t(key, { name: cityName(match, language) })}${chosen}`
        }
        const hubs = cities.filter((city) => hubCityIds.includes(city.id))
        if (chosen)
          return `${t('profile.city.noHub', { cities: cityList(hubs, language) })}${chosen}`
        return t('profile.city.noMatch', {
          ...fallbackPresetFacts(DEFAULT_RULESET, language),
          cities: cityList(hubs, language),
        })
      }}
    />
  )
}
