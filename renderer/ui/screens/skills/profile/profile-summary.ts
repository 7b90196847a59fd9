import type { TFunction } from 'i18next'
import { matchCity } from '../../../../domain/cities/match-city'
import { compensationSchema } from '../../../../domain/model/compensation'
import { fenRangeFromYuan } from '../../../../domain/range'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import { formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { completePay, type ProfileFormValues } from './profile-form-values'

/**
 * The profile on one line, for the collapsed panel, part by part: "PhD in the field · 6 years ·
 * Beijing · Big internet company · Algorithm engineer · Stable · led: a team · 5万/月 × 15".
 */
export function profileSummary(
  values: ProfileFormValues,
  t: TFunction,
  language: UiLanguage,
): string[] {
  const city = matchCity(values.city ?? '', DEFAULT_RULESET.cities)
  const leadership = values.leadership ?? {}
  const led = (['businessLine', 'team', 'openSource'] as const)
    .filter((kind) => leadership[kind] === true)
    .map((kind) => t(`profile.leadership.${kind}`))
    // "led: a team", in a sentence; Chinese has no case.
    .map((label) => label.charAt(0).toLocaleLowerCase(language) + label.slice(1))
  const list = new Intl.ListFormat(language, { style: 'narrow', type: 'conjunction' })
  return [
    values.education === 'phd' && values.phdInField === true
      ? t('profile.summary.phdInField')
      : t(`profile.education.options.${values.education}`),
    t('profile.summary.years', {
      count: values.yearsOfExperience,
      formatted: new Intl.NumberFormat(language).format(values.yearsOfExperience),
    }),
    city
      ? language === 'zh-CN'
        ? city.nameZhHans
        : city.nameEn
      : values.city?.trim() || t('profile.summary.noCity'),
    t(`profile.employer.options.${values.currentEmployer}`),
    t(`profile.role.options.${values.roleFamily}`),
    t(`profile.stability.options.${values.stability}`),
    ...(led.length > 0 ? [t('profile.summary.leads', { what: list.format(led) })] : []),
    paySummary(values, t, language),
  ]
}

function paySummary(values: ProfileFormValues, t: TFunction, language: UiLanguage): string {
  if (!values.currentPay) return t('profile.summary.noPay')
  const pay = compensationSchema.safeParse(completePay(values.currentPay))
  if (!pay.success) return t('profile.summary.noPay')
  const { base, currency } = pay.data
  const suffix = currency === 'CNY' ? '' : ` ${currency}`
  if (base.kind === 'monthly') {
    return `${formatFenRange(fenRangeFromYuan(base.monthly), language, 'month')} × ${String(base.months)}${suffix}`
  }
  if (base.kind === 'annual') {
    return `${formatFenRange(fenRangeFromYuan(base.annual), language, 'year')}${suffix}`
  }
  return base.text
}
