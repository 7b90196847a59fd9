import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CompanyHistory, JobSearchEntry } from '../../../../data/job-search'
import type { UiLanguage } from '../../../i18n/i18n'
import { timelineHash } from '../timeline/timeline-hash'
import { nameBeforeHan } from '../goals/goal-text'
import { companyAmidHan, companyShown, formatCalendarDay } from './job-format'

/** A company's latest entries shown at first: a long search stays a page one can scan. */
const LATEST_SHOWN = 6

/** Each company with its counts, and its entries in date order, each linking to the entry. */
export function CompanyList({
  companies,
  withoutCompany,
}: {
  companies: readonly CompanyHistory[]
  withoutCompany: readonly JobSearchEntry[]
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  return (
    <section className="panel job-companies" aria-labelledby="job-companies-title">
      <h2 id="job-companies-title">{t('journalProgress.jobs.companiesTitle')}</h2>
      <p className="hint">{t('journalProgress.jobs.companiesIntro')}</p>
      <ul className="job-company-list">
        {companies.map((company) => (
          <li key={company.key} className="job-company" data-testid="job-company">
            <h3 className="job-company-name">{companyShown(company.name, language)}</h3>
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
              // "Moonshot AI 的记录": a Latin name kept apart from the Han after it.
              label={t('journalProgress.jobs.entriesOf', {
                company: nameBeforeHan(companyShown(company.name, language), language),
              })}
            />
            <a className="job-company-timeline" href={timelineHash({ company: company.name })}>
              {t('journalProgress.jobs.inTimeline', {
                company: companyAmidHan(company.name, language),
              })}
            </a>
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
  const [all, setAll] = useState(false)
  const earlier = all ? 0 : Math.max(0, entries.length - LATEST_SHOWN)
  return (
    <>
      {earlier > 0 ? (
        <button
          type="button"
          className="link-button job-entries-earlier"
          onClick={() => {
            setAll(true)
          }}
        >
          {t('journalProgress.jobs.showEarlier', { count: earlier })}
        </button>
      ) : null}
      <ol className="job-entries" aria-label={label}>
        {entries.slice(earlier).map((entry) => (
          <li key={entry.savedOffer ? `offer:${entry.id}` : entry.id}>
            <time dateTime={entry.date} className="job-entry-date">
              {formatCalendarDay(entry.date, language, true)}
            </time>
            <span className={`job-entry-kind is-${entry.kind}`}>
              {entry.savedOffer
                ? t('journalProgress.jobs.savedOffer')
                : t(`journal.kind.${entry.kind}`)}
            </span>
            {/* A saved offer opens on the Offers screen; an entry in the journal. */}
            <a
              href={
                entry.savedOffer
                  ? `#/offers/${encodeURIComponent(entry.id)}`
                  : `#/journal/${entry.id}`
              }
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  )
}
