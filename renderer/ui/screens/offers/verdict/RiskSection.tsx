import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { OfferReasonList } from './OfferReasonList'

type Assessed = Extract<OfferAssessment, { ok: true }>

/**
 * The risk of the move: its level and score, and every point that makes it up, each once, in the
 * engine's order: the one complete list, whatever the verdict ("Why" points here where the
 * risk weighed in; it once held part of the lines, a different part from offer to offer).
 */
export function RiskSection({ assessed, ruleset }: { assessed: Assessed; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { risk } = assessed
  return (
    <section className="verdict-block verdict-risk-block" aria-labelledby="verdict-risk-title">
      <h3 id="verdict-risk-title">{t('offerVerdict.risk.title')}</h3>
      <p className="verdict-risk-level" data-level={risk.level}>
        <span className="verdict-risk-name">
          {t(`offerVerdict.risk.levelHeadline.${risk.level}`)}
        </span>{' '}
        <span className="verdict-figure">
          {t('offerVerdict.risk.score', { score: formatNumber(risk.score, language) })}
        </span>
      </p>
      {risk.reasons.length > 0 ? (
        <OfferReasonList
          reasons={risk.reasons}
          ruleset={ruleset}
          label={t('offerVerdict.risk.reasons')}
        />
      ) : null}
      <p className="hint">{t('offerVerdict.risk.sum')}</p>
    </section>
  )
}
