import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { StoredOffer } from '../../../../data/records'
import { formatFenRange } from '../../../format/amount'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'

/**
 * Accepting an offer: whether its pay becomes the profile's current pay (only when the pay
 * could be read and a profile is saved), or the offer is only marked accepted.
 */
export function AcceptConfirm({
  offer,
  assessment,
  live,
  busy,
  onAccept,
  onCancel,
}: {
  offer: StoredOffer
  assessment: OfferAssessment | undefined
  live: LiveAssessment
  busy: boolean
  onAccept: (makeCurrentPay: boolean) => void
  onCancel: () => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const titleId = `offer-accept-title-${offer.id}`
  const current = live.assessment.currentPay
  const canMakeCurrent = live.profileSaved && assessment?.ok === true
  return (
    <div className="confirm offer-accept" role="group" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('offerStatus.accept.title', { company: offer.company })}</h3>
      {!assessment?.ok ? (
        <p>
          {assessment?.error.code === 'no-exchange-rate'
            ? t('offerStatus.accept.noRate', { currency: assessment.error.currency })
            : t('offerStatus.accept.unreadable')}
        </p>
      ) : !live.profileSaved ? (
        <p>
          {t('offerStatus.accept.noProfile')}{' '}
          <a href="#/skills">{t('offerStatus.accept.profileLink')}</a>
        </p>
      ) : (
        <p>
          {t('offerStatus.accept.makeCurrent', {
            pay: formatFenRange(assessment.pay.totalRecurring, language, 'year'),
          })}
          {/* Sentences follow each other with a space in English, none after a Chinese 。 */}
          {language === 'en' ? ' ' : ''}
          {current?.ok
            ? t('offerStatus.accept.currentNow', {
                pay: formatFenRange(current.pay.totalRecurring, language, 'year'),
              })
            : t('offerStatus.accept.noCurrentNow')}
        </p>
      )}
      {/* aria-disabled, not disabled, while the choice is stored: a disabled button drops the
          keyboard focus to the page's body (trial 15 #10). */}
      <div className="actions">
        {canMakeCurrent && (
          <button
            type="button"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) onAccept(true)
            }}
          >
            {t('offerStatus.accept.acceptAndPay')}
          </button>
        )}
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onAccept(false)
          }}
        >
          {t('offerStatus.accept.acceptOnly')}
        </button>
        <button
          type="button"
          aria-disabled={busy}
          onClick={() => {
            if (!busy) onCancel()
          }}
        >
          {t('offerStatus.accept.cancel')}
        </button>
      </div>
    </div>
  )
}
