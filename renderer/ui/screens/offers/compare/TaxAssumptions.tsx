import { useEffect, useId, useRef, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import {
  readEngineSettings,
  saveEngineSettings,
} from '../../../../data/repositories/engine-settings'
import type { EngineSettings } from '../../../../domain/model/settings'
import type { SocialInsurancePreset } from '../../../../domain/ruleset/city-schema'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { cityName, formatNumber, joinList } from '../../../reasons/names'
import { useServices } from '../../../services'
import { ownFiguresText } from './compare-text'
import { TaxNumberField, TaxSelectField } from './TaxFields'
import {
  taxFormKey,
  taxFormResolver,
  taxFormValues,
  withTaxSettings,
  type ElderlyChoice,
  type TaxFormValues,
  type TaxSettings,
} from './tax-form'

const EDUCATION = ['none', 'degree', 'certificate'] as const
const HOUSING = ['none', 'mortgage', 'rent-tier-1', 'rent-tier-2', 'rent-tier-3'] as const

/** One figure of the presets in use, as a placeholder: the city's own where all agree. */
function sharedFigure(
  presets: readonly SocialInsurancePreset[],
  figure: (preset: SocialInsurancePreset) => number,
): number | undefined {
  const values = new Set(presets.map(figure))
  return values.size === 1 ? [...values][0] : undefined
}

/** The base and housing-fund figures the user set, which "Figures in use" shows in the cities' place. */
const OWN_PRESET_FIGURES = ['baseFloorMonthly', 'baseCapMonthly', 'housingFundPercent'] as const

/**
 * The tax assumptions behind every after-tax figure, editable in place: the city whose social
 * insurance applies, its base floor and cap and the housing-fund rate (empty: the city's), the
 * special deductions and the tax year. Each valid change is saved at once, and the live
 * assessment moves every figure; a wrong one is named beside its field and nothing is saved.
 */
export function TaxAssumptions({
  settings,
  ruleset,
  presetsInUse,
}: {
  settings: EngineSettings
  ruleset: Ruleset
  /** The social-insurance presets the comparison's columns use. */
  presetsInUse: readonly SocialInsurancePreset[]
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { db } = useServices()
  const headingId = useId()
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false })
  const form = useForm<TaxFormValues, unknown, TaxSettings>({
    defaultValues: taxFormValues(settings),
    resolver: taxFormResolver(),
    mode: 'onChange',
    shouldFocusError: false,
  })
  const { handleSubmit, reset, subscribe, control } = form

  // The settings the form last showed or saved: a change from elsewhere (an import, another
  // screen) resets the form; the echo of our own save does not.
  const storedKey = taxFormKey(settings)
  const knownKey = useRef(storedKey)
  useEffect(() => {
    if (storedKey === knownKey.current) return
    knownKey.current = storedKey
    reset(taxFormValues(settings))
  }, [storedKey, settings, reset])

  useEffect(() => {
    const save = async (tax: TaxSettings) => {
      try {
        const next = withTaxSettings(await readEngineSettings(db), tax)
        knownKey.current = taxFormKey(next)
        await saveEngineSettings(db, next)
        setStatus({ text: t('offerCompare.tax.saved'), error: false })
      } catch (cause) {
        setStatus({
          text: t('offerCompare.tax.saveFailed', { detail: String(cause) }),
          error: true,
        })
      }
    }
    // Every change the user makes is checked and, when valid, saved (a reset is not a change).
    return subscribe({
      formState: { values: true },
      callback: ({ type }) => {
        if (type !== 'change') return
        void handleSubmit(save, () => {
          setStatus({ text: '', error: false })
        })()
      },
    })
  }, [subscribe, handleSubmit, db, t])

  const elderly = useWatch({ control, name: 'specialDeductions.elderlyParents' })
  const presetIds = ruleset.tax.socialInsurance.presets.map((preset) => preset.cityId)
  const cityChoices = [
    'auto',
    ...presetIds,
    ...(settings.socialInsurance.cityPreset !== 'auto' &&
    !presetIds.includes(settings.socialInsurance.cityPreset)
      ? [settings.socialInsurance.cityPreset]
      : []),
  ]
  const plain = (value: number | undefined) =>
    value === undefined
      ? undefined
      : t('offerCompare.tax.cityValue', { value: formatNumber(value, language) })
  // The user's own figures apply to every column (one set in the settings, not one a city):
  // "Figures in use" shows them in each city's place, and the section says so.
  const social = settings.socialInsurance
  const ownFigures = ownFiguresText(social, { t, language })
  const ownInPresets = OWN_PRESET_FIGURES.filter((key) => social[key] !== undefined)
  const presetsText = joinList(
    presetsInUse.map((preset) =>
      t(
        ownInPresets.length > 0
          ? 'offerCompare.tax.presetFiguresOwn'
          : 'offerCompare.tax.presetFigures',
        {
          city: cityName(ruleset, preset.cityId, language),
          year: preset.year,
          which: joinList(
            ownInPresets.map((key) => t(`offerCompare.tax.ownWhich.${key}`)),
            language,
          ),
          floor: formatNumber(social.baseFloorMonthly ?? preset.baseFloorMonthlyYuan, language),
          cap: formatNumber(social.baseCapMonthly ?? preset.baseCapMonthlyYuan, language),
          fund: formatNumber(
            social.housingFundPercent ?? preset.housingFund.defaultPercent,
            language,
          ),
        },
      ),
    ),
    language,
  )
  const elderlyChoices: ElderlyChoice[] = [
    'none',
    'only-child',
    'sibling-share',
    ...(elderly === 'stated' ? (['stated'] as const) : []),
  ]

  return (
    <section className="tax-assumptions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('offerCompare.tax.title')}</h3>
      <p className="hint">{t('offerCompare.tax.intro')}</p>
      {ownFigures === '' ? null : (
        <p className="tax-own-figures" data-testid="tax-own-figures">
          {t('offerCompare.tax.ownFigures', { figures: ownFigures })}
        </p>
      )}
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
          }}
        >
          <div className="tax-grid">
            <TaxSelectField
              name="socialInsurance.cityPreset"
              label={t('offerCompare.tax.cityPreset')}
              options={cityChoices}
              optionLabel={(id) =>
                id === 'auto'
                  ? t('offerCompare.tax.cityPresetAuto')
                  : cityName(ruleset, id, language)
              }
              hint={
                presetsInUse.length > 0
                  ? t('offerCompare.tax.cityPresetHint', { presets: presetsText })
                  : undefined
              }
            />
            <TaxNumberField
              name="socialInsurance.baseFloorMonthly"
              label={t('offerCompare.tax.floor')}
              placeholder={plain(
                sharedFigure(presetsInUse, (preset) => preset.baseFloorMonthlyYuan),
              )}
            />
            <TaxNumberField
              name="socialInsurance.baseCapMonthly"
              label={t('offerCompare.tax.cap')}
              placeholder={plain(sharedFigure(presetsInUse, (preset) => preset.baseCapMonthlyYuan))}
            />
            <TaxNumberField
              name="socialInsurance.housingFundPercent"
              label={t('offerCompare.tax.housingFund')}
              hint={t('offerCompare.tax.housingFundHint')}
              placeholder={plain(
                sharedFigure(presetsInUse, (preset) => preset.housingFund.defaultPercent),
              )}
            />
            <TaxNumberField
              name="taxYear"
              label={t('offerCompare.tax.taxYear')}
              hint={t('offerCompare.tax.taxYearHint', {
                year: ruleset.tax.bonusSeparate.validThroughYear,
              })}
            />
          </div>
          <fieldset className="tax-deductions">
            <legend>{t('offerCompare.tax.deductions')}</legend>
            <div className="tax-grid">
              <TaxNumberField
                name="specialDeductions.children"
                label={t('offerCompare.tax.children')}
              />
              <TaxNumberField
                name="specialDeductions.infants"
                label={t('offerCompare.tax.infants')}
              />
              <TaxSelectField
                name="specialDeductions.elderlyParents"
                label={t('offerCompare.tax.elderlyParents')}
                options={elderlyChoices}
                optionLabel={(choice) =>
                  t(`offerCompare.tax.elderly.${choice}`, {
                    amount: formatYuan(settings.specialDeductions.elderlyParentsMonthly, language),
                  })
                }
              />
              {elderly === 'sibling-share' || elderly === 'stated' ? (
                <TaxNumberField
                  name="specialDeductions.elderlyParentsMonthly"
                  label={t('offerCompare.tax.elderlyMonthly')}
                />
              ) : null}
              <TaxSelectField
                name="specialDeductions.continuingEducation"
                label={t('offerCompare.tax.continuingEducation')}
                options={EDUCATION}
                optionLabel={(choice) => t(`offerCompare.tax.education.${choice}`)}
              />
              <TaxSelectField
                name="specialDeductions.housing"
                label={t('offerCompare.tax.housing')}
                options={HOUSING}
                optionLabel={(choice) => t(`offerCompare.tax.housingOptions.${choice}`)}
              />
              <TaxNumberField
                name="specialDeductions.seriousIllnessYearly"
                label={t('offerCompare.tax.seriousIllness')}
              />
            </div>
          </fieldset>
        </form>
      </FormProvider>
      <p role="status" className={status.error ? 'status error' : 'status hint'}>
        {status.text}
      </p>
    </section>
  )
}
