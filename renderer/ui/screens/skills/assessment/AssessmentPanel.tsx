import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** The engine's answer beside the forms (stub: issue #7 fills it in). */
export function AssessmentPanel({ live }: { live: LiveAssessment }) {
  const { t } = useTranslation()
  return (
    <section className="panel" aria-labelledby="assessment-title">
      <h2 id="assessment-title">{t('assessment.title')}</h2>
      <p>{live.assessment.skills.score}</p>
    </section>
  )
}
