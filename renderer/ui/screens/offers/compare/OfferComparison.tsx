import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pickOffer } from '../../../../domain/recommend/pick-offer'
import type { SocialInsurancePreset } from '../../../../domain/ruleset/city-schema'
import type { LiveAssessment } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { offerName } from '../../../report/offer-report-model'
import { CompareControls } from './CompareControls'
import { ComparisonTable } from './ComparisonTable'
import { comparisonColumns, type CompareColumn, type OfferSort } from './comparison-columns'
import { comparisonRows, RATE_UNSTARRED } from './compare-rows'
import { MarketChartFigure } from './MarketChartFigure'
import { OfferPick } from './OfferPick'
import { TaxAssumptions } from './TaxAssumptions'
import './compare.css'

/** The social-insurance presets the shown columns use, each once. */
function presetsOf(columns: readonly CompareColumn[]): SocialInsurancePreset[] {
  const byCity = new Map<string, SocialInsurancePreset>()
  for (const column of columns) {
    if (column.rates) byCity.set(column.rates.preset.cityId, column.rates.preset)
  }
  return [...byCity.values()]
}

/**
 * The current job and every offer still being weighed, side by side; the tax assumptions the
 * after-tax figures rest on, editable in place; and the pay against the article's figures.
 * Every figure is the engine's (live.assessment): this screen orders and words them.
 */
export function OfferComparison({ live }: { live: LiveAssessment }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const [sort, setSort] = useState<OfferSort>('entered')
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const { assessment, input, ruleset, sources } = live

  const { current, offers } = useMemo(() => {
    // Without a saved profile the engine weighs stability 'unknown': its reasons say so.
    return comparisonColumns(sources.offers, assessment, input, ruleset, sort)
  }, [sources.offers, assessment, input, ruleset, sort])
  const shownOffers = useMemo(
    () => offers.filter((column) => !hidden.has(column.key)),
    [offers, hidden],
  )
  // Which one to take, among the offers shown (a hidden one is out of the comparison, as it is
  // out of the table): recomputed only when they or staying's value change.
  // A current pay counted at a rate of the wrong size: no pick, every offer is set against it.
  const staying = assessment.currentPay?.ok ? assessment.currentPay.overHorizon : null
  const currentPay = assessment.currentPay?.ok ? assessment.currentPay.pay : null
  const pick = useMemo(
    () =>
      pickOffer(
        shownOffers.map((column) => ({ offerId: column.key, assessment: column.assessment })),
        staying,
        ruleset,
        currentPay,
      ),
    [shownOffers, staying, ruleset, currentPay],
  )
  const names = useMemo(
    // With the role, as the table's header: two offers of one company (two teams) are told apart.
    () => new Map(offers.map((column) => [column.key, offerName(column.offer)])),
    [offers],
  )
  const columns: CompareColumn[] = [current, ...shownOffers]
  const rows = comparisonRows(columns, { t, language, ruleset }, ruleset.downside.horizonMonths)
  // A ☆ set by a rate of the wrong size: the legend says what it means where one shows.
  const rateUnstarred = rows.some((row) =>
    [...(row.unstarred?.values() ?? [])].some((why) => RATE_UNSTARRED.includes(why)),
  )
  const chartOffers = useMemo(
    () =>
      shownOffers.flatMap((column) =>
        column.assessment?.ok
          ? [
              {
                id: column.key,
                label: offerName(column.offer),
                total: column.assessment.pay.totalRecurring,
              },
            ]
          : [],
      ),
    [shownOffers],
  )
  const currentTotal = assessment.currentPay?.ok ? assessment.currentPay.pay.totalRecurring : null

  return (
    <section className="panel offer-compare" aria-labelledby="offerCompare-title">
      <h2 id="offerCompare-title">{t('offerCompare.title')}</h2>
      <p className="hint">{t('offerCompare.intro')}</p>
      {live.profileSaved ? null : <p className="hint">{t('offerCompare.noProfile')}</p>}
      {pick ? (
        <OfferPick
          pick={pick}
          names={names}
          hidden={offers.length - shownOffers.length}
          ruleset={ruleset}
        />
      ) : null}
      {offers.length === 0 ? (
        <p className="muted">{t('offerCompare.empty')}</p>
      ) : (
        <CompareControls
          sort={sort}
          onSort={setSort}
          offers={offers}
          hidden={hidden}
          onToggle={(offerId, shown) => {
            setHidden((before) => {
              const next = new Set(before)
              if (shown) next.delete(offerId)
              else next.add(offerId)
              return next
            })
          }}
        />
      )}
      <ComparisonTable columns={columns} rows={rows} />
      <p className="hint compare-legend">
        {t('offerCompare.bestHint')}
        {rateUnstarred ? ` ${t('offerCompare.bestHintRate')}` : null}
      </p>
      <TaxAssumptions
        settings={sources.settings}
        ruleset={ruleset}
        presetsInUse={presetsOf(columns)}
      />
      <MarketChartFigure
        current={currentTotal}
        offers={chartOffers}
        skills={assessment.skills}
        ruleset={ruleset}
      />
    </section>
  )
}
