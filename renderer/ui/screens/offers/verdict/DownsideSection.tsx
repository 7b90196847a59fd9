import { useTranslation } from 'react-i18next'
import type { RiskAdjustedValue } from '../../../../domain/risk/downside'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, formatShare } from '../../../reasons/names'
import { OfferReasonList } from './OfferReasonList'

/**
 * What a failed move costs, priced: the chance the role fails, the pay over the horizon if all
 * goes well and if it fails (severance, a search without pay, then lateral pay), and the two
 * weighted by their chances. The reasons spell out each assumption.
 */
export function DownsideSection({
  downside,
  ruleset,
}: {
  downside: RiskAdjustedValue
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const months = formatNumber(downside.horizonMonths, language)
  return (
    <section className="verdict-block" aria-labelledby="verdict-downside-title">
      <h3 id="verdict-downside-title">{t('offerVerdict.downside.title')}</h3>
      <dl className="verdict-figures">
        <div>
          <dt>{t('offerVerdict.downside.failureChance')}</dt>
          <dd className="verdict-figure">{formatShare(downside.failureChance, language)}</dd>
        </div>
        <div>
          <dt>{t('offerVerdict.downside.headline', { months })}</dt>
          <dd className="verdict-figure">{formatFenRange(downside.headline, language)}</dd>
        </div>
        <div>
          <dt>{t('offerVerdict.downside.ifItFails', { months })}</dt>
          <dd className="verdict-figure">{formatFenRange(downside.ifItFails, language)}</dd>
        </div>
        <div>
          <dt>
            {t('offerVerdict.downside.severance', {
              count: downside.severanceMonths,
              formatted: formatNumber(downside.severanceMonths, language),
            })}
          </dt>
          <dd className="verdict-figure">{formatFenRange(downside.severance, language)}</dd>
        </div>
        <div>
          <dt>{t('offerVerdict.downside.riskAdjusted')}</dt>
          <dd className="verdict-figure verdict-figure-key">
            {formatFenRange(downside.riskAdjusted, language)}
          </dd>
          <dd className="hint">{t('offerVerdict.downside.riskAdjustedHint')}</dd>
        </div>
      </dl>
      <OfferReasonList
        reasons={downside.reasons}
        ruleset={ruleset}
        label={t('offerVerdict.downside.reasons')}
      />
    </section>
  )
}
