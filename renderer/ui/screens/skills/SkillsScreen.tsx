import { useCallback, useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile, Skill } from '../../../domain/model/profile'
import { useAssessment, type LiveAssessment } from '../../hooks/use-assessment'
import type { UiLanguage } from '../../i18n/i18n'
import { formatChangeRange } from '../../format/amount'
import { formatNumber, tierName } from '../../reasons/names'
import { ReportActions } from '../../report/ReportActions'
import { AssessmentPanel } from './assessment/AssessmentPanel'
import { SkillsEditor } from './editor/SkillsEditor'
import { ProfilePanel } from './profile/ProfilePanel'
import { SkillsJumpLinks } from './SkillsJumpLinks'
import './skills-layout-wide.css'

/** What the skill editor has typed but not saved: the skill as typed, or one to leave out. */
export interface SkillDraft {
  skill?: Skill | undefined
  withoutSkillId?: string | undefined
}

/**
 * The self-assessment: the profile and the skills on the left, the engine's answer beside them,
 * live as the user types (each form hands its valid, unsaved values up as a draft).
 */
export function SkillsScreen({ headingRef }: { headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation()
  const [profileDraft, setProfileDraft] = useState<Profile | undefined>()
  const [skillDraft, setSkillDraft] = useState<SkillDraft>({})
  const draft = useMemo(
    () => ({ profile: profileDraft, ...skillDraft }),
    [profileDraft, skillDraft],
  )
  const live = useAssessment(draft)
  const onProfileDraft = useCallback((profile: Profile | undefined) => {
    setProfileDraft(profile)
  }, [])
  const onSkillDraft = useCallback((next: SkillDraft) => {
    setSkillDraft(next)
  }, [])

  return (
    <section aria-labelledby="section-title" className="section skills-screen">
      <h1 id="section-title" ref={headingRef} tabIndex={-1}>
        {t('sections.skills.title')}
      </h1>
      {live ? <SkillsJumpLinks /> : null}
      <p className="lead">{t('sections.skills.intro')}</p>
      {live ? <NarrowScoreBar live={live} /> : null}
      <div className="skills-layout">
        <div className="skills-forms">
          <ProfilePanel onDraftChange={onProfileDraft} />
          <SkillsEditor live={live} onDraftChange={onSkillDraft} />
        </div>
        <aside className="skills-result" aria-label={t('assessment.title')}>
          {live ? (
            <>
              <ReportActions live={live} />
              <AssessmentPanel live={live} />
            </>
          ) : null}
        </aside>
      </div>
    </section>
  )
}

/**
 * In a narrow window the assessment sits below the forms, out of sight while the user types:
 * this bar keeps the score, tier and raise in view (hidden by CSS when the columns fit side by
 * side). The panel's own live region announces changes; this copy is not announced twice.
 */
function NarrowScoreBar({ live }: { live: LiveAssessment }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { score, tier, expectedRaise } = live.assessment.skills
  return (
    <p className="skills-score-bar" aria-hidden="true">
      <span>
        {t('assessment.summary.score')} <strong>{formatNumber(score, language)}</strong>
      </span>
      <span>
        {t('assessment.summary.tier')} <strong>{tierName(live.ruleset, tier, language)}</strong>
      </span>
      <span>
        {t('assessment.summary.raise')}{' '}
        <strong>{formatChangeRange(expectedRaise, language)}</strong>
      </span>
    </p>
  )
}
