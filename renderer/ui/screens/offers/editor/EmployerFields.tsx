import { memo, useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import { FUNDING_SIGNALS, OFFER_EMPLOYER_KINDS } from '../../../../domain/model/enums'
import type { EngineSettings } from '../../../../domain/model/settings'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import { formatPoints } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { sentenceGap } from '../../../format/sentence-gap'
import { AnswerRadios } from './AnswerRadios'
import { tickedNames, tickedSummary } from './fold-state'
import { FormFold } from './FormFold'
import { CheckboxField, InputField, SelectField } from './form-controls'
import { OfferCityField } from './OfferCityField'
import type { OfferFormFields } from './offer-form-fields'

/**
 * Company and role, first: the pay's group (its paste line) comes next, so that a recruiter's
 * line is two Tab stops from Company (trial 20 #10: it was stop 21, behind the employer's
 * details and twelve skills).
 */
export function OfferNameFields() {
  const { t } = useTranslation()
  return (
    <fieldset className="oe-group">
      <legend>{t('offerEditor.groups.offer')}</legend>
      <div className="oe-grid">
        <InputField
          name="company"
          label={t('offerEditor.company.label')}
          placeholder={t('offerEditor.company.placeholder')}
        />
        <InputField
          name="role"
          label={t('offerEditor.role.label')}
          placeholder={t('offerEditor.role.placeholder')}
        />
      </div>
    </fieldset>
  )
}

/**
 * Who makes the offer, after its pay: the kind of employer and team (the baseline of the
 * transition risk, explained in plain words), a startup's backers, the city, where it is taxed,
 * whether the employer is eager (L15) and the skill domains the role needs.
 */
export const EmployerFields = memo(function EmployerFields({
  ruleset,
  settings,
}: {
  ruleset: Ruleset
  /** For the city's line: a city chosen for every job, or figures of the user's own. */
  settings: EngineSettings
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { control } = useFormContext<OfferFormFields>()
  const kind = useWatch({ control, name: 'employerKind' })
  const { risk, recommendation } = ruleset
  return (
    <fieldset className="oe-group">
      <legend>{t('offerEditor.groups.employer')}</legend>
      <SelectField
        name="employerKind"
        label={t('offerEditor.employerKind.label')}
        options={OFFER_EMPLOYER_KINDS}
        optionLabel={(value) => t(`offerEditor.employerKind.options.${value}`)}
        explain={(value) => {
          const baseline = risk.baselines.find((rule) => rule.employerKind === value)
          const explanation = t(`offerEditor.employerKind.explain.${value}`)
          return baseline
            ? `${explanation}${sentenceGap(language)}${t('offerEditor.employerKind.baseline', { points: baseline.points })}`
            : explanation
        }}
        source={(value) => {
          const baseline = risk.baselines.find((rule) => rule.employerKind === value)
          return baseline ? (
            <CitationView citation={baseline.citation} assumption={baseline.assumption} />
          ) : null
        }}
      />
      {kind === 'startup' ? (
        <SelectField
          name="funding"
          label={t('offerEditor.funding.label')}
          options={FUNDING_SIGNALS}
          optionLabel={(value) => t(`offerEditor.funding.options.${value}`)}
          explain={(value) =>
            `${t(`offerEditor.funding.explain.${value}`)}${sentenceGap(language)}${t(
              'offerEditor.funding.points',
              {
                points: formatPoints(risk.funding.points[value], language),
              },
            )}`
          }
          source={() => (
            <CitationView citation={risk.funding.citation} assumption={risk.funding.assumption} />
          )}
        />
      ) : null}
      <OfferCityField ruleset={ruleset} settings={settings} />
      <CheckboxField
        name="taxedInChina"
        label={t('offerEditor.taxedInChina.label')}
        hint={t('offerEditor.taxedInChina.hint')}
      />
      <AnswerRadios
        name="employerEager"
        legend={t('offerEditor.eager.legend')}
        hint={t('offerEditor.eager.hint')}
      >
        <CitationView
          citation={recommendation.eagerEmployer.citation}
          assumption={recommendation.eagerEmployer.assumption}
        />
      </AnswerRadios>
      <RoleDomains ruleset={ruleset} />
    </fieldset>
  )
})

function RoleDomains({ ruleset }: { ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  const { register, control } = useFormContext<OfferFormFields>()
  const ticked = useWatch({ control, name: 'roleDomains' })
  const domains = ruleset.skillDomains.map((domain) => ({
    id: domain.id,
    name: language === 'zh-CN' ? domain.nameZhHans : domain.nameEn,
  }))
  return (
    <fieldset className="oe-question" aria-describedby={`${id}-hint`}>
      <legend>{t('offerEditor.roleDomains.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('offerEditor.roleDomains.hint')}
      </p>
      <FormFold summary={tickedSummary(t, tickedNames(ticked, domains))}>
        <div className="oe-domains">
          {domains.map((domain) => (
            <label key={domain.id} title={t(`skills.domainDescriptions.${domain.id}`)}>
              <input type="checkbox" value={domain.id} {...register('roleDomains')} />
              <span>{domain.name}</span>
            </label>
          ))}
        </div>
      </FormFold>
    </fieldset>
  )
}
