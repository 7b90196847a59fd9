import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { TFunction } from 'i18next'
import type { FieldError, Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { engineSettingsSchema, type EngineSettings } from '../../../../domain/model/settings'

/** The part of the engine's settings the tax assumptions edit, checked by the domain's schema. */
export const taxSettingsSchema = engineSettingsSchema.pick({
  socialInsurance: true,
  specialDeductions: true,
  taxYear: true,
})
export type TaxSettings = z.output<typeof taxSettingsSchema>

type Deductions = EngineSettings['specialDeductions']
/** "stated": a share saved before the elderly-parents choice existed, kept as it was. */
export type ElderlyChoice = NonNullable<Deductions['elderlyParents']> | 'stated'

/**
 * What the form holds: numbers as typed (text), so a half-typed or wrong figure can be shown
 * and named rather than silently dropped; an empty override means "the city's figure".
 */
export interface TaxFormValues {
  socialInsurance: {
    cityPreset: string
    baseFloorMonthly: string
    baseCapMonthly: string
    housingFundPercent: string
  }
  specialDeductions: {
    children: string
    infants: string
    elderlyParents: ElderlyChoice
    elderlyParentsMonthly: string
    continuingEducation: Deductions['continuingEducation']
    housing: Deductions['housing']
    seriousIllnessYearly: string
  }
  taxYear: string
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value))

export function taxFormValues(settings: EngineSettings): TaxFormValues {
  const social = settings.socialInsurance
  const deductions = settings.specialDeductions
  return {
    socialInsurance: {
      cityPreset: social.cityPreset,
      baseFloorMonthly: text(social.baseFloorMonthly),
      baseCapMonthly: text(social.baseCapMonthly),
      housingFundPercent: text(social.housingFundPercent),
    },
    specialDeductions: {
      children: text(deductions.children),
      infants: text(deductions.infants),
      elderlyParents:
        deductions.elderlyParents ?? (deductions.elderlyParentsMonthly > 0 ? 'stated' : 'none'),
      elderlyParentsMonthly: text(deductions.elderlyParentsMonthly),
      continuingEducation: deductions.continuingEducation,
      housing: deductions.housing,
      seriousIllnessYearly: text(deductions.seriousIllnessYearly),
    },
    taxYear: text(settings.taxYear),
  }
}

/** A typed figure as the schema reads it: empty is absent, anything unreadable is NaN (refused). */
function optionalNumber(typed: string): number | undefined {
  const trimmed = typed.trim()
  return trimmed === '' ? undefined : Number(trimmed)
}

/**
 * A count or a yearly sum the user may clear to mean none: empty is 0 (new-user trial 11: a
 * cleared 子女教育 was refused and the old child kept in every figure). Unreadable is NaN.
 */
function noneIfEmpty(typed: string): number {
  const trimmed = typed.trim()
  return trimmed === '' ? 0 : Number(trimmed)
}

function requiredNumber(typed: string): number {
  const trimmed = typed.trim()
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** The form's values as the settings schema reads them. */
export function taxSettingsInput(values: TaxFormValues): z.input<typeof taxSettingsSchema> {
  const social = values.socialInsurance
  const deductions = values.specialDeductions
  return {
    socialInsurance: {
      cityPreset: social.cityPreset,
      baseFloorMonthly: optionalNumber(social.baseFloorMonthly),
      baseCapMonthly: optionalNumber(social.baseCapMonthly),
      housingFundPercent: optionalNumber(social.housingFundPercent),
    },
    specialDeductions: {
      children: noneIfEmpty(deductions.children),
      infants: noneIfEmpty(deductions.infants),
      elderlyParents:
        deductions.elderlyParents === 'stated' ? undefined : deductions.elderlyParents,
      elderlyParentsMonthly: requiredNumber(deductions.elderlyParentsMonthly),
      continuingEducation: deductions.continuingEducation,
      housing: deductions.housing,
      seriousIllnessYearly: noneIfEmpty(deductions.seriousIllnessYearly),
    },
    taxYear: requiredNumber(values.taxYear),
  }
}

/** The domain's schema as the form's resolver, reading the typed text first. */
export function taxFormResolver(): Resolver<TaxFormValues, unknown, TaxSettings> {
  const check = zodResolver(taxSettingsSchema)
  return (values, context, options) => check(taxSettingsInput(values), context, options as never)
}

/**
 * The stored settings with the form's figures in place (the others, such as exchange rates or
 * pension rates the user set elsewhere, kept as stored). An emptied override is removed.
 */
export function withTaxSettings(stored: EngineSettings, tax: TaxSettings): EngineSettings {
  return {
    ...stored,
    socialInsurance: {
      ...stored.socialInsurance,
      cityPreset: tax.socialInsurance.cityPreset,
      baseFloorMonthly: tax.socialInsurance.baseFloorMonthly,
      baseCapMonthly: tax.socialInsurance.baseCapMonthly,
      housingFundPercent: tax.socialInsurance.housingFundPercent,
    },
    specialDeductions: tax.specialDeductions,
    taxYear: tax.taxYear,
  }
}

/** What the form shows for some settings, as one string: equal settings, equal form. */
export function taxFormKey(settings: EngineSettings): string {
  return JSON.stringify(taxFormValues(settings))
}

export type TaxFieldName =
  | `socialInsurance.${keyof TaxFormValues['socialInsurance']}`
  | `specialDeductions.${keyof TaxFormValues['specialDeductions']}`
  | 'taxYear'

/** The user's words for what is wrong with one field. */
export function taxFieldError(name: TaxFieldName, error: FieldError, t: TFunction): string {
  const key = 'offerCompare.tax.errors'
  switch (name) {
    case 'socialInsurance.baseFloorMonthly':
      return error.type === 'custom' ? t(`${key}.floorAboveCap`) : t(`${key}.floor`)
    case 'socialInsurance.baseCapMonthly':
      return t(`${key}.cap`)
    case 'socialInsurance.housingFundPercent':
      return t(`${key}.housingFund`)
    case 'taxYear':
      return t(`${key}.taxYear`)
    case 'specialDeductions.children':
    case 'specialDeductions.infants':
      return t(`${key}.count`)
    case 'specialDeductions.elderlyParentsMonthly':
      return t(`${key}.elderlyMonthly`)
    case 'specialDeductions.seriousIllnessYearly':
      return t(`${key}.seriousIllness`)
    default:
      return error.message ?? t(`${key}.count`)
  }
}
