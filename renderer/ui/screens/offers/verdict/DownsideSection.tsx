import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { Reason } from '../../../../domain/reason'
import type { RiskAdjustedValue, Severance } from '../../../../domain/risk/downside'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { formatFen, formatFenRange } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber, formatShare } from '../../../reasons/names'
import { optionsNotCountedIfItFails } from './downside-options'
import { OfferReasonList } from './OfferReasonList'

/** What the severance counts, as its label: the months for the time served (at most the cap a
 *  month, where the wage is above it), and the month's base in lieu of notice where it is added. */
export function severanceLabel(severance: Severance, t: TFunction, language: UiLanguage): string {
  const capped = severance.monthlyCap !== null
  const kind = severance.inLieuOfNotice
    ? capped
      ? 'severanceCappedNotice'
      : 'severanceNotice'
    : capped
      ? 'severanceCapped'
      : 'severance'
  return t(`offerVerdict.downside.${kind}`, {
    count: severance.serviceMonths,
    formatted: formatNumber(severance.serviceMonths, language),
    cap: severance.monthlyCap === null ? '' : formatFen(severance.monthlyCap, language),
  })
}

/**
 * Where the severance is capped at a multiple of the ruleset's placeholder wage (a city with no
 * average wage of its own in Tidemark: Chengdu, Shenzhen, Hangzhou…), the figures for the note
 * that says so; null where the cap is the city's own, the user's, or does not bite (trial 15 #4:
 * 12,000 stood unmarked beside the province's social-insurance figures).
 */
export function placeholderCap(
  severance: Severance,
  reasons: readonly Reason[],
  ruleset: Ruleset,
  language: UiLanguage,
): { cap: string; multiple: string; average: string } | null {
  if (severance.monthlyCap === null) return null
  const law = reasons.find((reason) => reason.facts['capSource'] !== undefined)
  if (law?.facts['capSource'] !== 'placeholder') return null
  const average = law.facts['averageMonthlyWageYuan']
  return {
    cap: formatFen(severance.monthlyCap, language),
    multiple: formatNumber(ruleset.downside.severance.capMultiple, language),
    average: formatNumber(typeof average === 'number' ? average : 0, language),
  }
}

/**
 * What a failed move costs, priced: the chance the role fails, the pay over the horizon if all
 * goes well and if it fails (severance, a search without pay, then lateral pay), and the two
 * weighted by their chances. The reasons spell out each assumption. For a job outside China's
 * labour contract law no severance is priced, and the figures say they count none.
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
  const { severance } = downside
  const placeholder = severance
    ? placeholderCap(severance, downside.reasons, ruleset, language)
    : null
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
          <dt>
            {t(
              severance
                ? 'offerVerdict.downside.ifItFails'
                : 'offerVerdict.downside.ifItFailsNoSeverance',
              { months },
            )}
          </dt>
          <dd className="verdict-figure">{formatFenRange(downside.ifItFails, language)}</dd>
          {optionsNotCountedIfItFails(downside) ? (
            <dd className="hint">{t('offerVerdict.downside.ifItFailsNoOptions')}</dd>
          ) : null}
        </div>
        {severance ? (
          <div>
            <dt>{severanceLabel(severance, t, language)}</dt>
            <dd className="verdict-figure">{formatFenRange(severance.amount, language)}</dd>
            {placeholder ? (
              <dd className="hint" data-testid="severance-cap-placeholder">
                {t('offerVerdict.downside.severanceCapPlaceholder', placeholder)}{' '}
                <a href="#/rules/downside">
                  {t('offerVerdict.downside.severanceCapPlaceholderLink')}
                </a>
              </dd>
            ) : null}
          </div>
        ) : (
          <div>
            <dt>{t('offerVerdict.downside.severanceUnknown')}</dt>
            <dd className="verdict-figure">{t('offerVerdict.downside.severanceNotCounted')}</dd>
            <dd className="hint">{t('offerVerdict.downside.severanceUnknownHint')}</dd>
          </div>
        )}
        <div>
          <dt>{t('offerVerdict.downside.riskAdjustedOver', { months })}</dt>
          <dd className="verdict-figure verdict-figure-key">
            {formatFenRange(downside.riskAdjusted, language)}
          </dd>
          <dd className="hint">
            {t(
              severance
                ? 'offerVerdict.downside.riskAdjustedOverHint'
                : 'offerVerdict.downside.riskAdjustedOverHintNoSeverance',
              { months },
            )}
          </dd>
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
