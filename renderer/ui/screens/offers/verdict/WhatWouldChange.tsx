import { useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { unknownItemName } from './questions-text'
import { itemKey } from './unknown-items'
import { verdictChangesCached, type AnswerOutcome } from './verdict-changes'

/**
 * For each unknown item, the recommendation if the answer were yes and if it were no, so the
 * user sees which question matters; items whose answer flips the verdict are marked. Worked
 * out at low priority (a deferred value), so typing in the form never waits for it.
 */
export function WhatWouldChange({ live, offerId }: { live: LiveAssessment; offerId: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const shown = useDeferredValue(live)
  const offer = shown.input.offers.find((candidate) => candidate.id === offerId)
  const assessed = shown.assessment.offers.find((candidate) => candidate.offerId === offerId)
  if (!offer || !assessed?.ok) return null
  const current = assessed.recommendation.recommendation
  const changes = verdictChangesCached(shown, offer)
  const flipping = changes.filter((change) => change.flips).length
  const outcome = (result: AnswerOutcome | null) =>
    result ? (
      <>
        <span
          className="verdict-change-value"
          data-recommendation={result.recommendation}
          data-same={result.recommendation === current}
        >
          {t(`offerVerdict.recommendation.value.${result.recommendation}`)}
        </span>
        <span className="verdict-change-risk">
          {t('offerVerdict.changes.outcome', {
            score: formatNumber(result.riskScore, language),
            level: t(`offerVerdict.risk.level.${result.riskLevel}`),
          })}
        </span>
      </>
    ) : (
      '—'
    )
  return (
    <section
      className="verdict-block verdict-changes-block"
      aria-labelledby="verdict-changes-title"
      aria-busy={shown !== live}
      data-stale={shown !== live}
    >
      <h3 id="verdict-changes-title">{t('offerVerdict.changes.title')}</h3>
      {changes.length === 0 ? (
        <p className="hint">{t('offerVerdict.changes.none')}</p>
      ) : (
        <>
          <p>{t('offerVerdict.changes.intro')}</p>
          <p className="verdict-changes-summary" data-flips={flipping > 0}>
            {flipping > 0
              ? t('offerVerdict.changes.summaryFlips', {
                  count: flipping,
                  formatted: formatNumber(flipping, language),
                })
              : t('offerVerdict.changes.summaryNone')}
          </p>
          <table className="verdict-changes">
            <caption className="visually-hidden">{t('offerVerdict.changes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('offerVerdict.changes.item')}</th>
                <th scope="col">{t('offerVerdict.changes.ifYes')}</th>
                <th scope="col">{t('offerVerdict.changes.ifNo')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={itemKey(change.item)} data-flips={change.flips}>
                  <th scope="row">
                    <span className="verdict-change-item">
                      {unknownItemName(change.item, t, language, live.ruleset)}
                    </span>
                    {change.flips ? (
                      <span className="verdict-flip">{t('offerVerdict.changes.flips')}</span>
                    ) : null}
                  </th>
                  <td>{outcome(change.ifYes)}</td>
                  <td>{outcome(change.ifNo)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
