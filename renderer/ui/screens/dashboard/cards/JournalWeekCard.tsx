import { useTranslation } from 'react-i18next'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatNumber } from '../../../reasons/names'
import { formatDay } from '../dashboard-format'
import type { DashboardData } from '../use-dashboard-data'
import { DashboardCard } from './DashboardCard'

/** How many entries of each kind the journal got this week (Monday on). */
export function JournalWeekCard({ week, today }: Pick<DashboardData, 'week' | 'today'>) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const kinds = JOURNAL_KINDS.filter((kind) => (week.counts[kind] ?? 0) > 0)
  return (
    <DashboardCard
      title={t('dashboard.journal.title')}
      link={{ href: '#/journal', label: t('dashboard.journal.link') }}
      className="dash-journal"
      testId="dashboard-journal"
    >
      <p className="muted">
        {t('dashboard.journal.since', { date: formatDay(week.from, language, today) })}
      </p>
      {week.total === 0 ? (
        <p>{t('dashboard.journal.none')}</p>
      ) : (
        <>
          <dl className="dash-counts">
            {kinds.map((kind) => (
              <div key={kind}>
                <dt>{t(`journal.kind.${kind}`)}</dt>
                <dd>{formatNumber(week.counts[kind] ?? 0, language)}</dd>
              </div>
            ))}
          </dl>
          <p className="muted">
            {t('dashboard.journal.total', {
              count: week.total,
              formatted: formatNumber(week.total, language),
            })}
          </p>
        </>
      )}
    </DashboardCard>
  )
}
