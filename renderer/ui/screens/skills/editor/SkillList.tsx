import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { StoredSkill } from '../../../../data/records'
import { evidenceBySkill, type EvidenceEntry } from '../../../../data/repositories/evidence'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { CapFlag } from './CapFlag'
import { SkillEvidence } from './SkillEvidence'
import { standingIn, type SkillStanding } from './skill-standing'
import { formatDay, levelKey, listText } from './skill-text'

type Journal = LiveAssessment['sources']['journal']

interface RowActions {
  /** Keeps each row's edit button, so focus can come back to it. */
  buttonRef: (skillId: string, button: HTMLButtonElement | null) => void
  onEdit: (skill: StoredSkill, focus: 'name' | 'evidence') => void
  onRemove: (skill: StoredSkill) => void
}

/**
 * The stored skills, one compact row each: name, domain and its class, level and what it
 * means, evidence, last used; edit and remove; a capped level flagged with what lifts it.
 *
 * Typing in a form beside it changes none of this, so the list and each row are memoised on
 * what they show: the stored skills, the journal and the ruleset (which keep their identity
 * while the user types) and the row being edited. The actions must be stable functions.
 * `journal` is undefined until the first assessment (no standings, no cap flags yet).
 */
export const SkillList = memo(function SkillList({
  skills,
  journal,
  ruleset,
  editingId,
  ...actions
}: {
  skills: readonly StoredSkill[]
  journal: Journal | undefined
  ruleset: Ruleset
  editingId: string | undefined
} & RowActions) {
  const { t } = useTranslation()
  const standings = useMemo(
    () =>
      journal
        ? new Map(skills.map((skill) => [skill.id, standingIn(skill, journal, ruleset)]))
        : undefined,
    [skills, journal, ruleset],
  )
  // Which entries are evidence of which skill, from the same journal the standings read.
  const evidence = useMemo(() => (journal ? evidenceBySkill(journal) : undefined), [journal])
  return (
    <ul className="skill-list" aria-label={t('skills.listLabel')}>
      {skills.map((skill) => (
        <SkillRow
          key={skill.id}
          skill={skill}
          standing={standings?.get(skill.id)}
          evidence={evidence?.get(skill.id)}
          ruleset={ruleset}
          editing={skill.id === editingId}
          {...actions}
        />
      ))}
    </ul>
  )
})

/** Two values alike as a row shows them: equal, or records and lists whose parts are equal. */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a)
  const bKeys = Object.keys(b)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) =>
    alike((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

/**
 * A save reads every skill again (new objects, equal but for the one saved) and recomputes the
 * standings and evidence: compared by identity, all 200 rows of trial 18 drew again for one
 * level changed (0.3-1.35 s a save). Compared by what they hold, only the changed row draws.
 */
function sameRow(previous: RowProps, next: RowProps): boolean {
  return (
    previous.editing === next.editing &&
    previous.ruleset === next.ruleset &&
    previous.buttonRef === next.buttonRef &&
    previous.onEdit === next.onEdit &&
    previous.onRemove === next.onRemove &&
    alike(previous.skill, next.skill) &&
    alike(previous.standing, next.standing) &&
    alike(previous.evidence, next.evidence)
  )
}

type RowProps = {
  skill: StoredSkill
  standing: SkillStanding | undefined
  evidence: readonly EvidenceEntry[] | undefined
  ruleset: Ruleset
  editing: boolean
} & RowActions

const SkillRow = memo(function SkillRow({
  skill,
  standing,
  evidence: evidenceEntries,
  ruleset,
  editing,
  buttonRef,
  onEdit,
  onRemove,
}: RowProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const rule = ruleset.skillDomains.find((candidate) => candidate.id === skill.domain)
  const key = levelKey(skill.level)
  const own = skill.evidence.map((kind) => t(`skills.evidenceKinds.${kind}`))
  const fromJournal = (standing?.journalEvidence ?? []).map((kind) =>
    t(`skills.evidenceKinds.${kind}`),
  )
  const evidence = [
    ...own,
    ...(fromJournal.length > 0
      ? [t('skills.facts.fromJournal', { kinds: listText(fromJournal, language) })]
      : []),
  ]
  return (
    <li
      className={editing ? 'skill-row is-editing' : 'skill-row'}
      aria-current={editing ? 'true' : undefined}
    >
      <div className="skill-summary">
        <p className="skill-row-head">
          <span className="skill-name">{skill.name}</span>
          {rule ? (
            <span className="skill-domain">
              {language === 'zh-CN' ? rule.nameZhHans : rule.nameEn}{' '}
              <span className="skill-class" title={t(`skills.premiumClasses.${rule.premiumClass}`)}>
                <span aria-hidden="true">{rule.premiumClass}</span>
                <span className="visually-hidden">
                  {t('skills.form.premiumClass', {
                    premiumClass: rule.premiumClass,
                    meaning: t(`skills.premiumClasses.${rule.premiumClass}`),
                  })}
                </span>
              </span>
            </span>
          ) : null}
        </p>
        <p className="skill-facts">
          <span title={t(`skills.levels.${key}.meaning`)}>
            {t('skills.facts.level', {
              level: skill.level,
              levelName: t(`skills.levels.${key}.name`),
            })}
          </span>
          <span>
            {evidence.length > 0
              ? t('skills.facts.evidence', { kinds: listText(evidence, language) })
              : t('skills.facts.noEvidence')}
          </span>
          {skill.lastUsed ? (
            <span>{t('skills.facts.lastUsed', { date: formatDay(skill.lastUsed, language) })}</span>
          ) : null}
        </p>
      </div>
      <div className="skill-row-actions">
        <button
          type="button"
          ref={(button) => {
            buttonRef(skill.id, button)
          }}
          aria-label={t('skills.editNamed', { name: skill.name })}
          onClick={() => {
            onEdit(skill, 'name')
          }}
        >
          {t('skills.edit')}
        </button>
        <button
          type="button"
          aria-label={t('skills.removeNamed', { name: skill.name })}
          onClick={() => {
            onRemove(skill)
          }}
        >
          {t('skills.remove')}
        </button>
      </div>
      {evidenceEntries && evidenceEntries.length > 0 ? (
        <SkillEvidence
          skillName={skill.name}
          entries={evidenceEntries}
          liftedLevel={standing?.liftedByJournal ? standing.effective : undefined}
          ruleset={ruleset}
        />
      ) : null}
      {standing?.capped ? (
        <CapFlag
          standing={standing}
          ruleset={ruleset}
          action={
            <button
              type="button"
              onClick={() => {
                onEdit(skill, 'evidence')
              }}
            >
              {t('skills.cap.addEvidence', { name: skill.name })}
            </button>
          }
        />
      ) : null}
    </li>
  )
}, sameRow)
