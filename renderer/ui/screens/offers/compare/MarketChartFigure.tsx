import { Suspense, useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkillAssessment } from '../../../../domain/assess'
import type { Fen } from '../../../../domain/money'
import type { Range } from '../../../../domain/range'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import { LazyMarketChart } from '../../../charts/lazy-market-chart'
import { lineList } from '../../../citation/CitationView'
import {
  marketChartData,
  type MarketChartData,
  type MarketRow,
} from '../../../charts/market-chart-data'
import { formatFenRange, formatYuan } from '../../../format/amount'
import type { UiLanguage } from '../../../i18n/i18n'
import { tierName } from '../../../reasons/names'
import { marketBandLabel, marketDescription } from './market-band-label'

const sourceLines = (row: MarketRow, language: UiLanguage) =>
  row.reference ? lineList(row.reference.citation.lines, language) : ''

function yearly(range: { low: number; high: number }, language: UiLanguage): string {
  return formatFenRange(
    { low: Math.round(range.low * 100) as Fen, high: Math.round(range.high * 100) as Fen },
    language,
    'year',
  )
}

/** What the tooltip says about a bar: its name and figure; for the article's, the line and quote. */
function RowDetail({ row }: { row: MarketRow }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const reference = row.reference
  return (
    <>
      <strong>{row.label}</strong>
      <span className="market-tooltip-figure">
        {yearly(row, language)}
        {reference ? ` · ${t(`offerCompare.market.basis.${reference.basis}`)}` : null}
      </span>
      {reference ? (
        <>
          <span className="muted">
            {t('citation.lines', { lines: sourceLines(row, language) })}
          </span>
          <q lang="zh-Hant">{reference.citation.quote}</q>
          {language === 'zh-CN' ? (
            <span lang="zh-Hans">{reference.citation.quoteZhHans}</span>
          ) : (
            <span lang="en">{reference.citation.paraphraseEn}</span>
          )}
        </>
      ) : null}
    </>
  )
}

/**
 * The chart's text alternative: every bar with its figure and source, for screen readers. The
 * source says whose a figure is: the user's own entries, the band Tidemark estimates from them,
 * or, without a current pay, the article's in-field PhD total (the band's label says so too).
 */
function MarketTable({
  data,
  basis,
}: {
  data: MarketChartData
  basis: SkillAssessment['expectedTotalBasis']
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <table className="figures">
      <caption>{t('offerCompare.market.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('offerCompare.market.table.item')}</th>
          <th scope="col">{t('offerCompare.market.table.range')}</th>
          <th scope="col">{t('offerCompare.market.table.source')}</th>
        </tr>
      </thead>
      <tbody>
        {data.band ? (
          <tr>
            <th scope="row">{data.band.label}</th>
            <td>{yearly(data.band, language)}</td>
            <td>
              {t(
                basis === 'tier'
                  ? 'offerCompare.market.table.bandInFieldPhd'
                  : 'offerCompare.market.table.bandEstimate',
              )}
            </td>
          </tr>
        ) : null}
        {data.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              {yearly(row, language)}
              {row.reference ? ` (${t(`offerCompare.market.basis.${row.reference.basis}`)})` : ''}
            </td>
            <td>
              {row.reference ? (
                <>
                  {t('citation.lines', { lines: sourceLines(row, language) })}
                  {language === 'zh-CN' ? '：' : ': '}
                  <q lang="zh-Hant">{row.reference.citation.quote}</q>
                </>
              ) : (
                t('offerCompare.market.table.entered')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The market chart with its words: the user's current pay and offers against the article's
 * figures, the tier's band shaded. The drawing loads on demand; a table says the same.
 */
export function MarketChartFigure({
  current,
  offers,
  skills,
  ruleset,
}: {
  current: Range<Fen> | null
  offers: readonly { id: string; label: string; total: Range<Fen> }[]
  skills: SkillAssessment
  ruleset: Ruleset
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const id = useId()
  const data = useMemo(() => {
    const bandLabel = marketBandLabel(skills, t, language)
    return marketChartData({
      current: current ? { label: t('offerCompare.market.current'), total: current } : null,
      offers,
      band:
        skills.expectedTotal && bandLabel !== null
          ? { label: bandLabel, total: skills.expectedTotal }
          : null,
      references: ruleset.marketPay,
      referenceLabel: (reference) => t(`offerCompare.market.references.${reference.id}`),
    })
  }, [current, offers, skills, ruleset, language, t])

  return (
    <figure className="market-figure" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('offerCompare.market.title')}</h3>
      <p className="hint">
        {marketDescription(skills, data.band !== null, tierName(ruleset, skills.tier, language), t)}
      </p>
      <p className="hint">{t('offerCompare.market.keyboard')}</p>
      <div className="market-drawing">
        <Suspense fallback={<p className="muted">{t('offerCompare.market.loading')}</p>}>
          <LazyMarketChart
            data={data}
            label={t('offerCompare.market.chartLabel')}
            formatAxis={(yuan) => formatYuan(yuan, language)}
            tooltip={(row) => <RowDetail row={row} />}
          />
        </Suspense>
      </div>
      <div className="visually-hidden">
        <MarketTable data={data} basis={skills.expectedTotalBasis} />
      </div>
    </figure>
  )
}
