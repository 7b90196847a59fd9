import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormContext, useWatch } from 'react-hook-form'
import {
  CURRENT_EMPLOYER_KINDS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STABILITY,
  ROLE_FAMILIES,
} from '../../../../domain/model/enums'
import { ProfileCityField } from './ProfileCityField'
import { CheckboxField, NumberField, SelectField } from './form-fields'
import { NO_EMPLOYER, NO_ROLE, type ProfileFormValues } from './profile-form-values'

/** Nothing chosen first: a new profile does not say where its owner works until they do. */
const EMPLOYER_CHOICES = [NO_EMPLOYER, ...CURRENT_EMPLOYER_KINDS] as const
/** Nor its role: "Something else" was chosen for them, and saved. */
const ROLE_CHOICES = [NO_ROLE, ...ROLE_FAMILIES] as const

/** Education, the PhD's field and years: what the article weighs in a person's background. */
export function BackgroundFields() {
  const { t } = useTranslation()
  const { control } = useFormContext<ProfileFormValues>()
  const education = useWatch({ control, name: 'education' })
  return (
    <fieldset className="profile-group">
      <legend>{t('profile.background')}</legend>
      <div className="profile-grid">
        <SelectField
          name="education"
          label={t('profile.education.label')}
          options={EDUCATION_LEVELS}
          optionLabel={(value) => t(`profile.education.options.${value}`)}
          hint={t('profile.education.hint')}
        />
        <NumberField
          name="yearsOfExperience"
          label={t('profile.years.label')}
          hint={t('profile.years.hint')}
          min={0}
          max={60}
          className="years"
        />
      </div>
      {education === 'phd' ? (
        <CheckboxField
          name="phdInField"
          label={t('profile.phdInField.label')}
          hint={t('profile.phdInField.hint')}
        />
      ) : null}
    </fieldset>
  )
}

/** City, employer, role and how secure the position is. */
export function WorkFields() {
  const { t } = useTranslation()
  return (
    <fieldset className="profile-group">
      <legend>{t('profile.work')}</legend>
      <ProfileCityField />
      <div className="profile-grid">
        <SelectField
          name="currentEmployer"
          label={t('profile.employer.label')}
          options={EMPLOYER_CHOICES}
          optionLabel={(value) =>
            value === NO_EMPLOYER
              ? t('profile.employer.choose')
              : t(`profile.employer.options.${value}`)
          }
          explain={(value) =>
            value === NO_EMPLOYER
              ? t('profile.employer.notChosen')
              : t(`profile.employer.explain.${value}`)
          }
        />
        <SelectField
          name="roleFamily"
          label={t('profile.role.label')}
          options={ROLE_CHOICES}
          optionLabel={(value) =>
            value === NO_ROLE ? t('profile.role.choose') : t(`profile.role.options.${value}`)
          }
          explain={(value) =>
            value === NO_ROLE ? t('profile.role.notChosen') : t(`profile.role.explain.${value}`)
          }
        />
      </div>
      <StabilityField />
    </fieldset>
  )
}

/** Each answer explained, since "stable" means the article's L36, not a feeling. */
function StabilityField() {
  const { t } = useTranslation()
  const id = useId()
  const { register } = useFormContext<ProfileFormValues>()
  return (
    <fieldset className="profile-choices" aria-describedby={`${id}-hint`}>
      <legend>{t('profile.stability.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('profile.stability.hint')}
      </p>
      <div className="choice-list">
        {EMPLOYMENT_STABILITY.map((value) => (
          <div className="choice" key={value}>
            <input
              id={`${id}-${value}`}
              type="radio"
              value={value}
              aria-describedby={`${id}-${value}-explain`}
              {...register('stability')}
            />
            <label htmlFor={`${id}-${value}`}>{t(`profile.stability.options.${value}`)}</label>
            <p id={`${id}-${value}-explain`} className="hint">
              {t(`profile.stability.explain.${value}`)}
            </p>
          </div>
        ))}
      </div>
    </fieldset>
  )
}

/** The three kinds of leadership lead roles ask for (L5, L12). */
export function LeadershipFields() {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="profile-group" aria-describedby={`${id}-hint`}>
      <legend>{t('profile.leadership.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('profile.leadership.hint')}
      </p>
      <div className="choice-list">
        <CheckboxField
          name="leadership.businessLine"
          label={t('profile.leadership.businessLine')}
          hint={t('profile.leadership.businessLineHint')}
        />
        <CheckboxField
          name="leadership.team"
          label={t('profile.leadership.team')}
          hint={t('profile.leadership.teamHint')}
        />
        <CheckboxField
          name="leadership.openSource"
          label={t('profile.leadership.openSource')}
          hint={t('profile.leadership.openSourceHint')}
        />
      </div>
    </fieldset>
  )
}
