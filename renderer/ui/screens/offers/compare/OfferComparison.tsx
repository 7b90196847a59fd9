import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** Stub: issue #8 fills it in. */
export function OfferComparison(props: { live: LiveAssessment }) {
  const { t } = useTranslation()
  console.debug(props)
  return (
    <section className="panel" aria-labelledby="offerCompare-title">
      <h2 id="offerCompare-title">{t('offerCompare.title')}</h2>
    </section>
  )
}
