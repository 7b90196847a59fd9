import { useTranslation } from 'react-i18next'
import type { CompanyHistory, JobSearchEntry } from '../../../../data/job-search'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatCalendarDay } from './job-format'

/** Each company with its counts, and its entries in date order, each linking to the entry. */
export function CompanyList({
  companies,
  withoutCompany,
}: {
  companies: readonly CompanyHistory[]
  withoutCompany: readonly JobSearchEntry[]
}) {
  const { t } = useTranslation()
  return (
    <section className="panel job-companies" aria-labelledby="job-companies-title">
      <h2 id="job-companies-title">{t('journalProgress.jobs.companiesTitle')}</h2>
      <p className="hint">{t('journalProgress.jobs.companiesIntro')}</p>
      <ul className="job-company-list">
        {companies.map((company) => (
          <li key={company.key} className="job-company" data-testid="job-company">
            <h3 className="job-company-name">{company.name}</h3>
            <p className="job-company-counts muted">
              {t('journalProgress.jobs.companyCounts', {
                application: t('journalProgress.jobs.applicationCount', {
                  count: company.application,
                }),
                interview: t('journalProgress.jobs.interviewCount', { count: company.interview }),
                offer: t('journalProgress.jobs.offerCount', { count: company.offer }),
              })}
            </p>
            <EntryList
              entries={company.entries}
              label={t('journalProgress.jobs.entriesOf', { company: company.name })}
            />
          </li>
        ))}
        {withoutCompany.length > 0 ? (
          <li className="job-company job-company-none" data-testid="job-company-none">
            <h3 className="job-company-name">{t('journalProgress.jobs.withoutCompany')}</h3>
            <p className="job-company-counts muted">
              {t('journalProgress.jobs.withoutCompanyHint')}
            </p>
            <EntryList entries={withoutCompany} label={t('journalProgress.jobs.withoutCompany')} />
          </li>
        ) : null}
      </ul>
    </section>
  )
}

function EntryList({ entries, label }: { entries: readonly JobSearchEntry[]; label: string }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <ol className="job-entries" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.date} className="job-entry-date">
            {formatCalendarDay(entry.date, language, true)}
          </time>
          <span className={`job-entry-kind is-${entry.kind}`}>
            {t(`journal.kind.${entry.kind}`)}
          </span>
          <a href={`#/journal/${entry.id}`}>{entry.title}</a>
        </li>
      ))}
    </ol>
  )
}
