import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useController, useFormContext, useWatch } from 'react-hook-form'
import type { EvidenceLink, StoredSkill } from '../../../../data/records'
import { EVIDENCE_KINDS, type EvidenceKind, type JournalKind } from '../../../../domain/model/enums'
import type { EntryFormFields } from './entry-form-fields'
import { describedBy } from '../../../form/described-by'
import { ErrorText } from '../../../form/ErrorText'
import { useEntryError } from './use-entry-error'

/**
 * What a skill ticked on an entry of this kind is evidence of, at first: a project is a side
 * project and learning a course (new-user trial 17: linked to a skill, a project entry stayed "not
 * evidence" by default, and the skill's level stayed capped for want of evidence). The others
 * (an application, an interview, an offer, a reflection) show no skill by themselves.
 */
const EVIDENCE_OF_KIND: Partial<Record<JournalKind, EvidenceKind>> = {
  project: 'side-project',
  learning: 'course',
}

/**
 * The skills an entry is about, as checkboxes; beside each ticked one, whether the entry is
 * evidence of it and of which kind (set at first from the entry's kind: EVIDENCE_OF_KIND).
 * Unticking a skill drops its evidence with it, so the evidence always points at a linked skill
 * (the rule the repository checks).
 */
export function SkillLinks({ skills }: { skills: readonly StoredSkill[] }) {
  const { t } = useTranslation()
  const id = useId()
  const { control } = useFormContext<EntryFormFields>()
  const entryKind = useWatch({ control, name: 'kind' })
  const skillIds = useController({ control, name: 'skillIds' })
  const evidence = useController({ control, name: 'evidence' })
  const linked = skillIds.field.value
  const links = evidence.field.value
  const skillError = useEntryError('skillIds')
  const evidenceError = useEntryError('evidence')
  const error = skillError ?? evidenceError

  function toggle(skillId: string, on: boolean) {
    skillIds.field.onChange(on ? [...linked, skillId] : linked.filter((each) => each !== skillId))
    const others = links.filter((link) => link.skillId !== skillId)
    const kind = EVIDENCE_OF_KIND[entryKind]
    evidence.field.onChange(on && kind ? [...others, { skillId, kind }] : others)
  }

  function setEvidence(skillId: string, kind: EvidenceKind | '') {
    const others = links.filter((link) => link.skillId !== skillId)
    const next: EvidenceLink[] = kind === '' ? others : [...others, { skillId, kind }]
    evidence.field.onChange(next)
  }

  // A linked skill since deleted is still listed, so it can be unticked.
  const missing = linked.filter((skillId) => !skills.some((skill) => skill.id === skillId))

  return (
    <fieldset
      className="je-group je-skills"
      aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
    >
      <legend>{t('journalEntry.skills.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {skills.length === 0 ? t('journalEntry.skills.none') : t('journalEntry.skills.hint')}
      </p>
      <ul className="je-skill-list">
        {[
          ...skills.map((skill) => ({ id: skill.id, name: skill.name })),
          ...missing.map((skillId) => ({ id: skillId, name: t('journalEntry.meta.missingSkill') })),
        ].map((skill) => {
          const checked = linked.includes(skill.id)
          const kind = links.find((link) => link.skillId === skill.id)?.kind ?? ''
          return (
            <li key={skill.id} className="je-skill">
              <label className="je-check">
                <input
                  type="checkbox"
                  checked={checked}
                  aria-invalid={skillError && missing.includes(skill.id) ? true : undefined}
                  onChange={(event) => {
                    toggle(skill.id, event.target.checked)
                  }}
                />
                <span>{skill.name}</span>
              </label>
              {checked ? (
                <select
                  aria-label={t('journalEntry.skills.evidence', { skill: skill.name })}
                  value={kind}
                  onChange={(event) => {
                    setEvidence(skill.id, event.target.value as EvidenceKind | '')
                  }}
                >
                  <option value="">{t('journalEntry.skills.notEvidence')}</option>
                  {EVIDENCE_KINDS.map((each) => (
                    <option key={each} value={each}>
                      {t(`skills.evidenceKinds.${each}`)}
                    </option>
                  ))}
                </select>
              ) : null}
            </li>
          )
        })}
      </ul>
      <ErrorText id={`${id}-error`} message={error} />
    </fieldset>
  )
}
