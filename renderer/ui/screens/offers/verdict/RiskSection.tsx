import { useTranslation } from 'react-i18next'
import type { TransitionRisk } from '../../../../domain/risk/transition-risk'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { OfferReasonList } from './OfferReasonList'

/** The risk of the move: its level and score, and the points that make it up. */
export function RiskSection({ risk, ruleset }: { risk: TransitionRisk; ruleset: Ruleset }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
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
      <OfferReasonList
        reasons={risk.reasons}
        ruleset={ruleset}
        label={t('offerVerdict.risk.reasons')}
      />
      <p className="hint">{t('offerVerdict.risk.sum')}</p>
    </section>
  )
}
