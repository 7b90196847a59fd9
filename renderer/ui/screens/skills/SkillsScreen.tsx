import { useCallback, useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile, Skill } from '../../../domain/model/profile'
import { useAssessment } from '../../hooks/use-assessment'
import { ReportActions } from '../../report/ReportActions'
import { AssessmentPanel } from './assessment/AssessmentPanel'
import { SkillsEditor } from './editor/SkillsEditor'
import { ProfilePanel } from './profile/ProfilePanel'

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
      <p className="lead">{t('sections.skills.intro')}</p>
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
