import { memo, type Ref } from 'react'
import type { UseFormRegister } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { EVIDENCE_KINDS } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { LabelledField } from '../../../form/LabelledField'
import type { UiLanguage } from '../../../i18n/i18n'
import type { SkillFormFields } from './skill-form-schema'
import { sentenceGap } from '../../../format/sentence-gap'
import { LEVEL_KEYS } from './skill-text'

type Register = UseFormRegister<SkillFormFields>

/** The domain select: each domain with its premium class; the chosen one described below. */
export const DomainSelect = memo(function DomainSelect({
  id,
  value,
  selectRef,
  onChange,
  onBlur,
  ruleset,
  error,
}: {
  id: string
  /** Controlled by the form (React sets the chosen option, so a suggestion can set it too). */
  value: string
  selectRef: Ref<HTMLSelectElement>
  onChange: (value: string) => void
  onBlur: () => void
  ruleset: Ruleset
  error: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const chosen = ruleset.skillDomains.find((rule) => rule.id === value)
  return (
    <LabelledField
      id={id}
      label={t('skills.form.domain')}
      hint={
        chosen
          ? `${t(`skills.domainDescriptions.${chosen.id}`)}${sentenceGap(language)}${t(
              'skills.form.premiumClass',
              {
                premiumClass: chosen.premiumClass,
                meaning: t(`skills.premiumClasses.${chosen.premiumClass}`),
              },
            )}`
          : null
      }
      error={error}
      className="skill-field-domain"
    >
      {(control) => (
        <select
          {...control}
          ref={selectRef}
          value={value}
          onChange={(event) => {
            onChange(event.target.value)
          }}
          onBlur={onBlur}
        >
          <option value="">{t('skills.form.chooseDomain')}</option>
          {ruleset.skillDomains.map((rule) => (
            <option key={rule.id} value={rule.id} title={t(`skills.domainDescriptions.${rule.id}`)}>
              {`${language === 'zh-CN' ? rule.nameZhHans : rule.nameEn} · ${rule.premiumClass}`}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  )
})

/** Level 0-4 as radios, each saying what it means. (The parts are memoised: a keystroke in the
 *  name or a level moved redraws the form, not these.) */
export const LevelRadios = memo(function LevelRadios({
  id,
  register,
}: {
  id: string
  register: Register
}) {
  const { t } = useTranslation()
  return (
    <fieldset className="skill-levels">
      <legend>{t('skills.form.level')}</legend>
      {LEVEL_KEYS.map((key, level) => (
        <label key={key} className="skill-level" htmlFor={`${id}-${String(level)}`}>
          <input
            id={`${id}-${String(level)}`}
            type="radio"
            value={String(level)}
            aria-describedby={`${id}-${String(level)}-meaning`}
            {...register('level')}
          />
          <span className="skill-level-name">
            <span className="skill-level-number">{level}</span> {t(`skills.levels.${key}.name`)}
          </span>
          <span className="skill-level-meaning" id={`${id}-${String(level)}-meaning`}>
            {t(`skills.levels.${key}.meaning`)}
          </span>
        </label>
      ))}
    </fieldset>
  )
})

/** The evidence kinds as checkboxes; `note` says what linked journal entries add. */
export const EvidenceChecks = memo(function EvidenceChecks({
  id,
  register,
  cap,
  journalNote,
}: {
  id: string
  register: Register
  cap: number
  journalNote: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <fieldset className="skill-evidence" aria-describedby={`${id}-hint`}>
      <legend>{t('skills.form.evidence')}</legend>
      <div className="skill-evidence-kinds">
        {EVIDENCE_KINDS.map((kind) => (
          <label key={kind} htmlFor={`${id}-${kind}`}>
            <input id={`${id}-${kind}`} type="checkbox" value={kind} {...register('evidence')} />{' '}
            {t(`skills.evidenceKinds.${kind}`)}
          </label>
        ))}
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('skills.form.evidenceHint', { cap })}
        {journalNote ? `${sentenceGap(language)}${journalNote}` : null}
      </p>
    </fieldset>
  )
})
