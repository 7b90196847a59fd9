import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useController, useFormContext } from 'react-hook-form'
import type { EvidenceLink, StoredSkill } from '../../../../data/records'
import type { TidemarkDatabase } from '../../../../data/db'
import { readEvidenceBySkill } from '../../../../data/repositories/evidence'
import { readRulesetInUse } from '../../../../data/ruleset-in-use'
import { EVIDENCE_KINDS, type EvidenceKind } from '../../../../domain/model/enums'
import { DEFAULT_RULESET } from '../../../../domain/ruleset/default-ruleset'
import type { EntryFormFields } from './entry-form-fields'
import { describedBy } from '../../../form/described-by'
import { ErrorText } from '../../../form/ErrorText'
import { useEntryError } from './use-entry-error'
import { useServices } from '../../../services'
import { skillsByName } from '../timeline/filter-options'

/** The skills some stored entry other than `entryId` is evidence of. */
async function skillsEvidencedByOtherEntries(
  db: TidemarkDatabase,
  entryId: string | undefined,
): Promise<Set<string>> {
  const evidenced = new Set<string>()
  for (const [skillId, entries] of await readEvidenceBySkill(db)) {
    if (entries.some((entry) => entry.entryId !== entryId)) evidenced.add(skillId)
  }
  return evidenced
}

/**
 * The skills an entry is about, as checkboxes; under them, for each ticked one, whether the
 * entry is evidence of it and of which kind. A ticked skill is not evidence until the user picks a kind:
 * evidence lifts a level above the cap in the score, so it is the user's claim to make (new-user
 * trial 11: ticking a skill on a learning entry made it a course at once and lifted a level 3
 * past the cap unasked). Under a skill rated above the cap, a line says what the choice does.
 * Unticking a skill drops its evidence with it, so the evidence always points at a linked skill
 * (the rule the repository checks).
 *
 * The line is only for a skill that has no evidence yet: none ticked on the skill, none from
 * another entry (trial 15: a 4 with production evidence, counted at 4 on the Skills screen, was
 * told here it counted as 2). The entry being edited is left out: its evidence is the select.
 */
export function SkillLinks({
  skills,
  entryId,
}: {
  skills: readonly StoredSkill[]
  /** The stored entry this form edits; none for a new one. */
  entryId?: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const id = useId()
  const { db } = useServices()
  // By name, as the journal's filters list them (trial 20 #3: in the order of their random ids).
  const byName = useMemo(() => skillsByName(skills, i18n.language), [skills, i18n.language])
  const cap =
    useLiveQuery(
      async () => (await readRulesetInUse(db)).ruleset.evidenceCap.maxLevelWithoutEvidence,
      [db],
    ) ?? DEFAULT_RULESET.evidenceCap.maxLevelWithoutEvidence
  const evidencedElsewhere = useLiveQuery(
    () => skillsEvidencedByOtherEntries(db, entryId),
    [db, entryId],
  )
  const { control } = useFormContext<EntryFormFields>()
  const skillIds = useController({ control, name: 'skillIds' })
  const evidence = useController({ control, name: 'evidence' })
  const linked = skillIds.field.value
  const links = evidence.field.value
  const skillError = useEntryError('skillIds')
  const evidenceError = useEntryError('evidence')
  const error = skillError ?? evidenceError

  function toggle(skillId: string, on: boolean) {
    skillIds.field.onChange(on ? [...linked, skillId] : linked.filter((each) => each !== skillId))
    if (!on) evidence.field.onChange(links.filter((link) => link.skillId !== skillId))
  }

  function setEvidence(skillId: string, kind: EvidenceKind | '') {
    const others = links.filter((link) => link.skillId !== skillId)
    const next: EvidenceLink[] = kind === '' ? others : [...others, { skillId, kind }]
    evidence.field.onChange(next)
  }

  // A linked skill since deleted is still listed, so it can be unticked.
  const missing = linked.filter((skillId) => !skills.some((skill) => skill.id === skillId))
  const listed = [
    ...byName.map((skill) => ({
      id: skill.id,
      name: skill.name,
      level: skill.level,
      ownEvidence: skill.evidence.length > 0,
    })),
    ...missing.map((skillId) => ({
      id: skillId,
      name: t('journalEntry.meta.missingSkill'),
      level: 0,
      ownEvidence: false,
    })),
  ]
  const ticked = listed.filter((skill) => linked.includes(skill.id))

  return (
    <fieldset
      className="je-group je-skills"
      aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
    >
      <legend>{t('journalEntry.skills.legend')}</legend>
      <p id={`${id}-hint`} className="hint">
        {skills.length === 0
          ? t('journalEntry.skills.none')
          : t('journalEntry.skills.hint', { cap })}
      </p>
      <ul className="je-skill-list">
        {listed.map((skill) => (
          <li key={skill.id} className="je-skill">
            <label className="je-check">
              <input
                type="checkbox"
                checked={linked.includes(skill.id)}
                aria-invalid={skillError && missing.includes(skill.id) ? true : undefined}
                onChange={(event) => {
                  toggle(skill.id, event.target.checked)
                }}
              />
              <span>{skill.name}</span>
            </label>
          </li>
        ))}
      </ul>
      {/* The ticked skills' evidence, after every checkbox rather than beside its own: ticking
          a skill used to put its select between that box and the next, so the next Tab went
          into the select, not to the next skill, and the grid reflowed under the pointer
          (trial finding). In the skills' order; each select names its skill. */}
      {ticked.length > 0 ? (
        <div className="je-evidence" role="group" aria-labelledby={`${id}-evidence`}>
          <p id={`${id}-evidence`} className="je-evidence-title">
            {t('journalEntry.skills.evidenceTitle')}
          </p>
          <ul className="je-evidence-list">
            {ticked.map((skill, index) => {
              const kind = links.find((link) => link.skillId === skill.id)?.kind ?? ''
              const selectId = `${id}-evidence-${String(index)}`
              const noteId = `${id}-note-${String(index)}`
              const hasEvidence = skill.ownEvidence || (evidencedElsewhere?.has(skill.id) ?? false)
              // Until the other entries are read, no line rather than one that may be wrong.
              const note =
                skill.level > cap && evidencedElsewhere && !hasEvidence
                  ? t(
                      kind === '' ? 'journalEntry.skills.capNote' : 'journalEntry.skills.liftNote',
                      { level: skill.level, cap },
                    )
                  : undefined
              return (
                <li key={skill.id} className="je-skill-evidence">
                  <label htmlFor={selectId} className="je-evidence-name">
                    {skill.name}
                  </label>
                  <select
                    id={selectId}
                    aria-label={t('journalEntry.skills.evidence', { skill: skill.name })}
                    aria-describedby={note ? noteId : undefined}
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
                  {note ? (
                    <p id={noteId} className="hint je-skill-note">
                      {note}
                    </p>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
      <ErrorText id={`${id}-error`} message={error} />
    </fieldset>
  )
}
