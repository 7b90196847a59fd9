import { memo, useCallback, useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SkillDomainId } from '../../../../domain/model/enums'
import type { Ruleset } from '../../../../domain/ruleset/ruleset-schema'
import type { DomainLevel } from '../../../../domain/skills/effective-levels'
import { ChartFigure } from '../../../charts/ChartFigure'
import { domainLevelRows, levelsKey } from '../../../charts/chart-data'
import { LazyDomainLevelsChart } from '../../../charts/lazy-charts'
import type { UiLanguage } from '../../../i18n/i18n'
import { domainName, formatNumber } from '../../../reasons/names'
import { domainChartName } from './domain-chart-name'

/**
 * Every domain, claimed level against counted level: a bar chart, and a table to read. The
 * domains are named as the skill form names them (domainChartName).
 */
export const DomainLevelsFigure = memo(
  function DomainLevelsFigure({
    levels,
    ruleset,
  }: {
    levels: readonly DomainLevel[]
    ruleset: Ruleset
  }) {
    const { t, i18n } = useTranslation()
    const language = i18n.language as UiLanguage
    const names = useCallback(
      (domain: SkillDomainId) => domainChartName(ruleset, domain, language, domainName(t, domain)),
      [ruleset, language, t],
    )
    const rows = domainLevelRows(levels, names)
    const claimedName = t('assessment.charts.claimed')
    const countedName = t('assessment.charts.counted')
    // The drawing follows a keystroke at low priority: the figures and reasons paint first, and
    // the chart catches up (React drops a stale redraw when the next keystroke comes).
    const deferredLevels = useDeferredValue(levels)
    const chart = useMemo(
      () => (
        <LazyDomainLevelsChart
          rows={domainLevelRows(deferredLevels, names)}
          claimedName={claimedName}
          countedName={countedName}
        />
      ),
      [deferredLevels, names, claimedName, countedName],
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
  (before, after) =>
    before.ruleset === after.ruleset && levelsKey(before.levels) === levelsKey(after.levels),
)
