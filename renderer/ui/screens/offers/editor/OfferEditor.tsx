import { useTranslation } from 'react-i18next'
import type { Offer } from '../../../../domain/model/offer'
import type { LiveAssessment } from '../../../hooks/use-assessment'

/** Stub: issue #8 fills it in. */
export function OfferEditor(props: {
  offerId: string | null
  live: LiveAssessment | undefined
  onDraftChange: (offer: Offer | undefined) => void
}) {
  const { t } = useTranslation()
  console.debug(props)
  return (
    <section className="panel" aria-labelledby="offerEditor-title">
      <h2 id="offerEditor-title">{t('offerEditor.title')}</h2>
    </section>
  )
}
