import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** Stub: issue #8 fills it in. */
export function OfferList(props: { live: LiveAssessment | undefined }) {
  const { t } = useTranslation()
  console.debug(props)
  return (
    <section className="panel" aria-labelledby="offerStatus-title">
      <h2 id="offerStatus-title">{t('offerStatus.title')}</h2>
    </section>
  )
}
