import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, verdictName } from '../../../reasons/names'
import { riskLinesByPlace } from './cited-risk-lines'
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
          <p className="verdict-value">
            {t(`offerVerdict.recommendation.value.${verdictName(recommendation)}`)}
          </p>
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
      <WhyList assessed={assessed} ruleset={ruleset} />
    </>
  )
}

/**
 * The reasons behind the recommendation: what the verdict rests on (the pay band, the rule that
 * decided, and the skill modifiers behind an accept, whose points count toward the skill score),
 * so "+4" for leadership is never read beside "+40" as if they added up (new-user trial). Where
 * the risk weighed in, a line points to "Risk of the move", which lists every risk point once:
 * the risk was split between the two sections, differently from one verdict to the next
 * (trials 15 and 16).
 */
function WhyList({ assessed, ruleset }: { assessed: Assessed; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { recommendation, risk } = assessed
  const fromRisk = riskLinesByPlace(assessed).cited
  const context = recommendation.reasons.filter((reason) => !fromRisk.includes(reason))
  return (
    <section className="verdict-block verdict-why-block" aria-labelledby="verdict-why-title">
      <h3 id="verdict-why-title">{t('offerVerdict.recommendation.why')}</h3>
      {context.length > 0 ? (
        <OfferReasonList
          reasons={context}
          ruleset={ruleset}
          label={t('offerVerdict.recommendation.contextLabel')}
          points="skill-score"
        />
      ) : null}
      {fromRisk.length > 0 ? (
        <p className="hint verdict-why-sum" data-testid="why-risk-pointer">
          {t('offerVerdict.recommendation.riskPointer', {
            score: formatNumber(risk.score, language),
            part: t('offerVerdict.risk.title'),
          })}
        </p>
      ) : null}
    </section>
  )
}
