import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, verdictName } from '../../../reasons/names'
import { unreadableWords } from './unreadable-words'
import './narrow-verdict-bar.css'

/**
 * In a narrow window the verdict sits below the long form, out of sight while the user types:
 * this bar keeps the recommendation and the risk in view (hidden by CSS when the columns fit
 * side by side). The verdict's own live region announces changes; this copy is not announced
 * twice.
 */
export function NarrowVerdictBar({ live, offerId }: { live: LiveAssessment; offerId: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const assessed = live.assessment.offers.find((candidate) => candidate.offerId === offerId)
  if (!assessed) return null
  const unreadable = assessed.ok ? null : unreadableWords(assessed.error)
  return (
    <p
      className="offer-verdict-bar"
      aria-hidden="true"
      data-recommendation={assessed.ok ? assessed.recommendation.recommendation : undefined}
    >
      {assessed.ok ? (
        <>
          <span>
            {t('offerVerdict.recommendation.label')}{' '}
            <strong className="offer-verdict-bar-value">
              {t(`offerVerdict.recommendation.value.${verdictName(assessed.recommendation)}`)}
            </strong>
          </span>
          <span>
            {t('offerVerdict.recommendation.risk', {
              level: t(`offerVerdict.risk.level.${assessed.risk.level}`),
              score: formatNumber(assessed.risk.score, language),
            })}
          </span>
        </>
      ) : (
        <span>{unreadable ? t(`${unreadable.key}.title`, unreadable.values) : null}</span>
      )}
    </p>
  )
}
