import type { TFunction } from 'i18next'
import { matchCity } from '../../../../domain/cities/match-city'
import { compensationSchema } from '../../../../domain/model/compensation'
import type { EngineSettings } from '../../../../domain/model/settings'
import { computeAnnualPay } from '../../../../domain/pay/annual-pay'
import { fenRangeFromYuan } from '../../../../domain/range'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatFenRange } from '../../../format/amount'
import { statedBase } from '../../../format/stated-pay'
import type { UiLanguage } from '../../../i18n/i18n'
import { completePay, NO_EMPLOYER, NO_ROLE, type ProfileFormValues } from './profile-form-values'

/** What the engine counts the pay's yearly total with: the exchange rates, and the ruleset in
 *  use (the article's with the user's overrides: an options discount changed on the Rules
 *  screen changes the total, as it does the assessment's). */
export interface PayCounting {
  settings: EngineSettings
  ruleset: Ruleset
}

/**
 * The profile on one line, for the collapsed panel, part by part: "PhD in the field · 6 years ·
 * Beijing · Big internet company · Algorithm engineer · Stable · led: a team · 5万/月 × 15 +
 * 年终奖 2 个月 = 85万/年". `counting` lets the engine count the pay; while it is read, the pay
 * is stated without its yearly total.
 */
export function profileSummary(
  values: ProfileFormValues,
  t: TFunction,
  language: UiLanguage,
  counting?: PayCounting,
): string[] {
  const city = matchCity(values.city ?? '', (counting?.ruleset ?? DEFAULT_RULESET).cities)
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
    values.currentEmployer === NO_EMPLOYER
      ? t('profile.summary.noEmployer')
      : t(`profile.employer.options.${values.currentEmployer}`),
    values.roleFamily === NO_ROLE
      ? t('profile.summary.noRole')
      : t(`profile.role.options.${values.roleFamily}`),
    t(`profile.stability.options.${values.stability}`),
    ...(led.length > 0 ? [t('profile.summary.leads', { what: list.format(led) })] : []),
    paySummary(values, t, language, counting),
    // Said where it is not the mainland: the after-tax figures leave this pay out.
    ...(values.currentPay && values.currentPayTaxedInChina === false
      ? [t('profile.summary.taxedAbroad')]
      : []),
  ]
}

/**
 * The current pay as stated, with every part the engine counts in a typical year (the bonus,
 * the stock a year, options) and the yearly total it counts: "45k/mo × 14" alone hid a 2-month
 * bonus that made 630k a year 720k (trial: the summary and the assessment disagreed).
 */
function paySummary(
  values: ProfileFormValues,
  t: TFunction,
  language: UiLanguage,
  counting: PayCounting | undefined,
): string {
  if (!values.currentPay) return t('profile.summary.noPay')
  const parsed = compensationSchema.safeParse(completePay(values.currentPay))
  if (!parsed.success) return t('profile.summary.noPay')
  const pay = parsed.data
  const annual = counting ? computeAnnualPay(pay, counting.settings, counting.ruleset) : null
  const counted = annual?.ok ? annual.pay : null
  const parts = [statedBase(pay, language)]
  // A text pay's bonus and stock are in its text: the total below counts them.
  if (pay.base.kind !== 'text') {
    const bonus = pay.yearEndBonus
    if (bonus?.kind === 'months' && (bonus.monthsHigh ?? bonus.months) > 0) {
      const months = new Intl.NumberFormat(language)
      parts.push(
        bonus.monthsHigh !== undefined && bonus.monthsHigh !== bonus.months
          ? t('profile.summary.bonusMonthsRange', {
              low: months.format(bonus.months),
              high: months.format(bonus.monthsHigh),
            })
          : t('profile.summary.bonusMonths', {
              count: bonus.months,
              formatted: months.format(bonus.months),
            }),
      )
    }
    if (bonus?.kind === 'amount' && bonus.amount.high > 0) {
      parts.push(
        t('profile.summary.bonusAmount', {
          amount: formatFenRange(fenRangeFromYuan(bonus.amount), language),
        }),
      )
    }
  }
  if (counted && counted.stockAveragePerYear.high > 0 && pay.base.kind !== 'text') {
    // The engine's stock is in yuan: beside a base in another currency, its amount would read
    // as that currency's, so the total alone (in yuan) counts it.
    parts.push(
      pay.currency === 'CNY'
        ? t('profile.summary.stock', {
            stock: formatFenRange(counted.stockAveragePerYear, language, 'year'),
          })
        : t('profile.summary.stockInTotal'),
    )
  }
  if (counted?.options && pay.base.kind !== 'text') parts.push(t('profile.summary.options'))
  const stated = parts.join(' + ')
  if (!counted) return stated
  return t(pay.currency === 'CNY' ? 'profile.summary.total' : 'profile.summary.totalInYuan', {
    pay: stated,
    total: formatFenRange(counted.totalRecurring, language, 'year'),
  })
}
