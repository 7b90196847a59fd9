import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  jobSearchEntries,
  jobSearchSummary,
  readJobSearchEntries,
  readJobSearchOffers,
} from '../../../../data/job-search'
import { readRulesetInUse } from '../../../../data/ruleset-in-use'
import { localDate } from '../../../../data/snapshots'
import { useServices } from '../../../services'
import { CompanyList } from './CompanyList'
import { JobSearchFigures } from './JobSearchFigures'
import { PipelineFigure } from './PipelineFigure'
import './job-search.css'

/**
 * The job search drawn from application, interview and offer entries, and from the offers saved
 * on the Offers screen that no entry already counts: the figures beside the article's mover, the
 * pipeline week by week, and each company's entries. Every figure comes from the data layer's
 * jobSearchSummary; this view only lays them out.
 */
export function JobSearchView() {
  const { t } = useTranslation()
  const { db } = useServices()
  const read = useLiveQuery(async () => {
    const [journal, offers, rulesetInUse] = await Promise.all([
      readJobSearchEntries(db),
      readJobSearchOffers(db),
      readRulesetInUse(db),
    ])
    // Entries linked to a saved offer count under its company; the offers saved on the Offers
    // screen count too, each once (jobSearchEntries).
    return { entries: jobSearchEntries(journal, offers), ruleset: rulesetInUse.ruleset }
  }, [db])
  const summary = useMemo(() => (read ? jobSearchSummary(read.entries) : undefined), [read])

  if (!read || !summary) return <p className="muted">{t('journalProgress.jobs.loading')}</p>
  return (
    <div className="job-search">
      {summary.pipeline.length === 0 ? (
        <p className="job-empty">
          {t('journalProgress.jobs.empty')}{' '}
          <a href="#/journal/new">{t('journalProgress.jobs.newEntry')}</a>
        </p>
      ) : null}
      <JobSearchFigures summary={summary} ruleset={read.ruleset} />
      {summary.pipeline.length > 0 ? (
        <>
          <PipelineFigure weeks={summary.pipeline} today={localDate(new Date())} />
          <CompanyList companies={summary.companies} withoutCompany={summary.withoutCompany} />
        </>
      ) : null}
    </div>
  )
}
