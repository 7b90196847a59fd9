import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { EvidenceEntry } from '../../../../data/repositories/evidence'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import { evidenceLiftText } from '../../../reasons/evidence-lift-text'
import { nameBeforeHan } from '../../journal/goals/goal-text'
import { formatDay, listText } from './skill-text'

/**
 * The journal entries marked as evidence of one skill, newest first, each linking to its entry;
 * and, where such an entry is what lets the level count above the evidence cap, the reason
 * naming it with the rule's source.
 */
export const SkillEvidence = memo(function SkillEvidence({
  skillName,
  entries,
  liftedLevel,
  ruleset,
}: {
  skillName: string
  entries: readonly EvidenceEntry[]
  /** The level the entries let count in full; undefined when they lift no cap. */
  liftedLevel: number | undefined
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const lift =
    liftedLevel === undefined ? null : evidenceLiftText(entries, liftedLevel, t, language)
  return (
    <div className="skill-evidence" data-testid="skill-evidence">
      {lift ? (
        <div className="skill-lift">
          <p className="skill-lift-text">{lift}</p>
          <CitationView
            citation={ruleset.evidenceCap.citation}
            assumption={ruleset.evidenceCap.assumption}
            summary={t('journalProgress.evidence.rule')}
          />
        </div>
      ) : null}
      <h3 className="skill-evidence-title">{t('journalProgress.evidence.title')}</h3>
      <ul
        className="skill-evidence-list"
        // "vLLM 的证据日志": a Latin name is kept apart from the Han after it, as elsewhere.
        aria-label={t('journalProgress.evidence.listLabel', {
          skill: nameBeforeHan(skillName, language),
        })}
      >
        {entries.map((entry) => (
          <li key={entry.entryId}>
            <a href={`#/journal/${entry.entryId}`}>{entry.title}</a>{' '}
            <span className="muted">
              {t('journalProgress.evidence.entry', {
                kinds: listText(
                  entry.kinds.map((kind) => t(`skills.evidenceKinds.${kind}`)),
                  language,
                ),
                date: formatDay(entry.date, language),
              })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
})
