import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { EVIDENCE_KINDS } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { CitationView } from '../../../citation/CitationView'
import type { UiLanguage } from '../../../i18n/i18n'
import type { SkillStanding } from './skill-standing'
import { sentenceGap } from '../../../format/sentence-gap'
import { listText } from './skill-text'

/**
 * A level the evidence cap lowers, said on the skill itself: what it counts as, what lifts the
 * cap, and the rule's source. `action` is a way to add the evidence (the list's edit button).
 */
export function CapFlag({
  standing,
  ruleset,
  action,
  id,
}: {
  standing: SkillStanding
  ruleset: Ruleset
  action?: ReactNode
  id?: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  // Every kind the ruleset counts, course too (trial 16: the list left it out).
  const kinds = listText(
    EVIDENCE_KINDS.map((kind) => t(`skills.evidenceKinds.${kind}`).toLocaleLowerCase(language)),
    language,
  )
  return (
    <div className="skill-cap" id={id}>
      <p className="skill-cap-text">
        <strong>
          {t('skills.cap.flag', { claimed: standing.claimed, effective: standing.effective })}
        </strong>
        {sentenceGap(language)}
        {t('skills.cap.lift', { kinds })}
      </p>
      <div className="skill-cap-more">
        {action}
        <CitationView
          citation={ruleset.evidenceCap.citation}
          assumption={ruleset.evidenceCap.assumption}
          summary={t('skills.cap.rule')}
        />
      </div>
    </div>
  )
}
