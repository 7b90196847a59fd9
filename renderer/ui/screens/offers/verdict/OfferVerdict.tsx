import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** Stub: issue #8 fills it in. */
export function OfferVerdict(props: { live: LiveAssessment; offerId: string }) {
  const { t } = useTranslation()
  console.debug(props)
  return (
    <section className="panel" aria-labelledby="offer-verdict-title">
      <h2 id="offer-verdict-title">{t('offerVerdict.title')}</h2>
    </section>
  )
}
