import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { SkillDraft } from '../SkillsScreen'

/** The skills list and editor (stub: issue #7 fills it in). */
export function SkillsEditor(props: {
  live: LiveAssessment | undefined
  onDraftChange: (draft: SkillDraft) => void
}) {
  console.debug(props)
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="skills-title">
      <h2 id="skills-title">{t('skills.title')}</h2>
    </section>
  )
}
