import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { OfferReasonList } from './OfferReasonList'

type Assessed = Extract<OfferAssessment, { ok: true }>

/**
 * The recommendation, large, with its risk (announced politely as either changes), a line on
 * what it means, and every reason behind it. A pay that could not be judged says what would
 * let it be, with a way there.
 */
export function VerdictHeadline({ assessed, ruleset }: { assessed: Assessed; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { recommendation, risk } = assessed
  const value = recommendation.recommendation
  const gloss =
    value === 'accept' && !recommendation.payJudged
      ? t('offerVerdict.recommendation.gloss.acceptUnjudged')
      : t(`offerVerdict.recommendation.gloss.${value}`)
  return (
    <>
      <div className="verdict-headline" data-recommendation={value}>
        <div aria-live="polite" aria-atomic="true">
          <p className="verdict-label">{t('offerVerdict.recommendation.label')}</p>
          <p className="verdict-value">{t(`offerVerdict.recommendation.value.${value}`)}</p>
          <p className="verdict-risk">
            {t('offerVerdict.recommendation.risk', {
              level: t(`offerVerdict.risk.level.${risk.level}`),
              score: formatNumber(risk.score, language),
            })}
          </p>
        </div>
        <p className="verdict-gloss">{gloss}</p>
        {recommendation.payJudged ? null : (
          <p className="verdict-note">
            {t('offerVerdict.recommendation.payNotJudged')}{' '}
            <a href="#/skills">{t('offerVerdict.recommendation.payNotJudgedLink')}</a>
          </p>
        )}
      </div>
      <section className="verdict-block verdict-why-block" aria-labelledby="verdict-why-title">
        <h3 id="verdict-why-title">{t('offerVerdict.recommendation.why')}</h3>
        <OfferReasonList reasons={recommendation.reasons} ruleset={ruleset} />
      </section>
    </>
  )
}
