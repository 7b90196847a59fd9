import { useTranslation } from 'react-i18next'
import type { OfferAssessment } from '../../../../domain/assess'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { riskLinesByPlace } from './cited-risk-lines'
import { riskSumText } from './risk-sum-text'
import { OfferReasonList } from './OfferReasonList'

type Assessed = Extract<OfferAssessment, { ok: true }>

/**
 * The risk of the move: its level and score, and the points that make it up, but for the lines
 * "Why" already lists (each line once), which the sum below counts in.
 */
export function RiskSection({ assessed, ruleset }: { assessed: Assessed; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const { risk } = assessed
  const { cited, others } = riskLinesByPlace(assessed)
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
      {others.length > 0 ? (
        <OfferReasonList
          reasons={others}
          ruleset={ruleset}
          label={t('offerVerdict.risk.reasons')}
        />
      ) : null}
      <p className="hint">{riskSumText(cited, others.length > 0, { t, language }, 'above')}</p>
    </section>
  )
}
