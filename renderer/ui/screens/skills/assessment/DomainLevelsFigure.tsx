import { memo, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { DomainLevel } from '../../../../domain/skills/effective-levels'
import { ChartFigure } from '../../../charts/ChartFigure'
import { domainLevelRows, levelsKey } from '../../../charts/chart-data'
import { LazyDomainLevelsChart } from '../../../charts/lazy-charts'
import type { UiLanguage } from '../../../i18n/i18n'
import { domainName, formatNumber } from '../../../reasons/names'

/** Every domain, claimed level against counted level: a bar chart, and a table to read. */
export const DomainLevelsFigure = memo(
  function DomainLevelsFigure({ levels }: { levels: readonly DomainLevel[] }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const rows = domainLevelRows(levels, (domain) => domainName(t, domain))
    const claimedName = t('assessment.charts.claimed')
    const countedName = t('assessment.charts.counted')
    // The drawing follows a keystroke at low priority: the figures and reasons paint first, and
    // the chart catches up (React drops a stale redraw when the next keystroke comes).
    const deferredLevels = useDeferredValue(levels)
    const chart = useMemo(
      () => (
        <LazyDomainLevelsChart
          rows={domainLevelRows(deferredLevels, (domain) => domainName(t, domain))}
          claimedName={claimedName}
          countedName={countedName}
        />
      ),
      [deferredLevels, t, claimedName, countedName],
    )
    return (
      <ChartFigure
        id="assessment-levels"
        title={t('assessment.charts.levelsTitle')}
        description={t('assessment.charts.levelsDescription')}
        chart={chart}
        table={
          <table className="figures">
            <caption>{t('assessment.charts.levelsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.charts.domain')}</th>
                <th scope="col">{claimedName}</th>
                <th scope="col">{countedName}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.domain}>
                  <th scope="row">{row.label}</th>
                  <td>{formatNumber(row.claimed, language)}</td>
                  <td>{formatNumber(row.counted, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    )
  },
  (before, after) => levelsKey(before.levels) === levelsKey(after.levels),
)
