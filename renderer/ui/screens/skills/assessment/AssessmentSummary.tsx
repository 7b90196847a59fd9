import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import { formatChangeRange, formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'

/** Where the expected yearly total comes from: the user's pay × the band, or the tier's total. */
/** Where the total comes from; 'pay-uncounted': a current pay is saved but cannot be counted
 *  (a currency with no rate, a text now refused), so none came from it (review 20). */
export type TotalSource = 'current-pay' | 'tier-floor' | 'tier' | 'none' | 'pay-uncounted'

/**
 * The figures at the top: score and tier (announced politely as they change), the raise a move
 * can command, and the yearly total it can reach with where that figure comes from. Props are
 * plain values, so a keystroke that moves none of them does not redraw this.
 */
export const AssessmentSummary = memo(function AssessmentSummary({
  score,
  tierName,
  raiseLow,
  raiseHigh,
  totalLow,
  totalHigh,
  totalSource,
  fromPayLow,
  fromPayHigh,
  tierTotal,
  premiumTotalUnreached,
}: {
  score: number
  tierName: string
  raiseLow: number
  raiseHigh: number
  totalLow: Fen | undefined
  totalHigh: Fen | undefined
  totalSource: TotalSource
  /** Current pay × the band before the lift, and the tier's yearly total (a lifted total's why). */
  fromPayLow?: Fen | undefined
  fromPayHigh?: Fen | undefined
  tierTotal?: string | undefined
  /** Premium's yearly total where the projection stays below it (premiumTotalUnreached). */
  premiumTotalUnreached?: string | undefined
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const raise: Range = { low: raiseLow, high: raiseHigh }
  const total: Range<Fen> | null =
    totalLow !== undefined && totalHigh !== undefined ? { low: totalLow, high: totalHigh } : null
  return (
    <div className="assessment-summary">
      <dl className="assessment-headline" aria-live="polite" aria-atomic="true">
        <div className="assessment-score">
          <dt>{t('assessment.summary.score')}</dt>
          <dd>
            <span className="assessment-score-value">{formatNumber(score, language)}</span>{' '}
            <span className="muted">{t('assessment.summary.outOf')}</span>
          </dd>
        </div>
        <div className="assessment-tier">
          <dt>{t('assessment.summary.tier')}</dt>
          <dd className="assessment-tier-value">{tierName}</dd>
        </div>
      </dl>
      <dl className="assessment-figures">
        <div>
          <dt>{t('assessment.summary.raise')}</dt>
          <dd className="assessment-figure">{formatChangeRange(raise, language)}</dd>
        </div>
        <div>
          <dt>{t('assessment.summary.total')}</dt>
          {total ? (
            <dd className="assessment-figure">{formatFenRange(total, language, 'year')}</dd>
          ) : null}
          <dd className="hint">
            {totalSource === 'current-pay'
              ? t('assessment.summary.totalFromPay')
              : totalSource === 'tier-floor'
                ? t('assessment.summary.totalFromPayFloor', {
                    fromPay:
                      fromPayLow !== undefined && fromPayHigh !== undefined
                        ? formatFenRange({ low: fromPayLow, high: fromPayHigh }, language, 'year')
                        : '',
                    tierTotal: tierTotal ?? '',
                  })
                : totalSource === 'tier'
                  ? t('assessment.summary.totalFromTier')
                  : totalSource === 'pay-uncounted'
                    ? t('assessment.summary.totalPayUncounted')
                    : t('assessment.summary.totalNone')}
          </dd>
          {premiumTotalUnreached !== undefined ? (
            <dd className="hint">
              {t('assessment.summary.premiumTotalUnreached', {
                tier: tierName,
                total: premiumTotalUnreached,
              })}
            </dd>
          ) : null}
        </div>
      </dl>
    </div>
  )
})
