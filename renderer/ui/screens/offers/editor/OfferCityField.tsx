import { useEffect, useRef, useState } from 'react'
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
 * Places outside mainland China a job there is named by, as their keys are written (lower case,
 * no spaces): Hong Kong, Macau, Taiwan and its cities, Singapore. Pay there is not taxed as
 * mainland pay (trial 23 L5: a job in 香港 or Singapore started with "Taxed in mainland China"
 * ticked). Other places abroad are not listed: the city's note says to untick the box for them.
 */
const OUTSIDE_MAINLAND = [
  '香港',
  'hongkong',
  'hk',
  'hksar',
  'kowloon',
  '九龙',
  '九龍',
  '澳门',
  '澳門',
  'macau',
  'macao',
  '台湾',
  '台灣',
  '臺灣',
  'taiwan',
  '台北',
  '臺北',
  'taipei',
  '新竹',
  'hsinchu',
  '台中',
  '臺中',
  'taichung',
  '台南',
  '臺南',
  'tainan',
  '高雄',
  'kaohsiung',
  '新加坡',
  'singapore',
  'sg',
]

/**
 * Whether the city's text names a place outside mainland China ("香港", "Hong Kong SAR",
 * "台北市", "Singapore"): any part of it (split as an address is), a name of four or more
 * letters also opening a part ("香港九龙", "Taipei City").
 */
export function namesPlaceOutsideMainland(text: string): boolean {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/中国|中國|china/g, ' ')
    .split(/[,，、;；/|()（）·]+/)
    .filter(Boolean)
    .some((part) => {
      const key = part.replace(/\s+/g, '')
      return OUTSIDE_MAINLAND.some(
        (place) =>
          key === place ||
          (key.startsWith(place) && (place.length >= 4 || /^\p{Script=Han}/u.test(place))),
      )
    })
}

/**
 * Rule "a job outside mainland China starts untaxed there": when the user types, picks or pastes
 * a city outside mainland China, "Taxed in mainland China" is unticked, and ticked again for a
 * city back in it, but only while the box is as the previous city would have it and the user has
 * not set it in this form: a box the user set, or a saved offer's box that differs from its
 * city's default, is never flipped. Opening a saved offer changes nothing (only a typed city is
 * heard, not a form's reset).
 */
function useTaxPlaceFollowsCity(): boolean {
  const { watch, getValues, setValue } = useFormContext<OfferFormFields>()
  const userSetBox = useRef(false)
  const [unticked, setUnticked] = useState(false)
  useEffect(() => {
    let city = getValues('city')
    const subscription = watch((values, { name, type }) => {
      if (type !== 'change') return
      if (name === 'taxedInChina') {
        userSetBox.current = true
        setUnticked(false)
        return
      }
      if (name !== 'city') return
      const before = city
      city = values.city ?? ''
      const wasDefault = getValues('taxedInChina') === !namesPlaceOutsideMainland(before)
      if (userSetBox.current || !wasDefault) return
      const taxed = !namesPlaceOutsideMainland(city)
      if (taxed === getValues('taxedInChina')) return
      setValue('taxedInChina', taxed, { shouldDirty: true })
      setUnticked(!taxed)
    })
    return () => {
      subscription.unsubscribe()
    }
  }, [watch, getValues, setValue])
  return unticked
}

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
  const untickedForCity = useTaxPlaceFollowsCity()
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
        if (!taxedInChina) {
          // Unticked here, for the city: said so, with how to undo it.
          return untickedForCity
            ? t('offerEditor.city.untickedOutsideMainland')
            : t('offerEditor.city.notTaxed')
        }
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
