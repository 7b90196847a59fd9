import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useState } from 'react'
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
import { foldTexts } from '../timeline/use-fold'
import { CompanyList } from './CompanyList'
import { hanCompanyNames, oneScriptPerCompany } from './company-scripts'
import { JobSearchFigures } from './JobSearchFigures'
import { PipelineFigure } from './PipelineFigure'
import './job-search.css'

/**
 * The job search drawn from application, interview and offer entries, and from the offers saved
 * on the Offers screen that no entry already counts: the figures beside the article's mover, the
 * pipeline week by week, and each company's entries. Every figure comes from the data layer's
 * jobSearchSummary; this view only lays them out, once a company written in both scripts of
 * Chinese is named one way (oneScriptPerCompany).
 */
export function JobSearchView({
  foldNames = foldTexts,
}: {
  /** Folds names to Simplified (tests give opencc); else the fold worker, as highlighting does. */
  foldNames?: (texts: readonly string[]) => Promise<string[]>
} = {}) {
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
  const folded = useFoldedNames(read ? hanCompanyNames(read.entries) : null, foldNames)
  const summary = useMemo(
    () =>
      read && folded ? jobSearchSummary(oneScriptPerCompany(read.entries, folded)) : undefined,
    [read, folded],
  )

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

/**
 * `names` folded to Simplified, once the fold has answered for them all: null until then, so
 * the figures wait rather than count 錦江 and 锦江 apart and then change. Asked outside the live
 * query: a worker's answer awaited in it lost the query its updates (Dexie follows its own
 * promises only). A name a later read brings is counted as written until its answer comes.
 */
function useFoldedNames(
  names: readonly string[] | null,
  foldNames: (texts: readonly string[]) => Promise<string[]>,
): ReadonlyMap<string, string> | null {
  const [folded, setFolded] = useState<ReadonlyMap<string, string> | null>(null)
  const key = names === null ? null : JSON.stringify(names)
  useEffect(() => {
    if (key === null) return
    const asked = JSON.parse(key) as string[]
    let live = true
    // A fold that fails counts the names as written rather than reading for ever (review 33 L1).
    void foldNames(asked)
      .catch(() => asked)
      .then((answers) => {
        if (!live) return
        setFolded((known) => {
          const next = new Map(known ?? [])
          asked.forEach((name, index) => next.set(name, answers[index] ?? name))
          return next
        })
      })
    return () => {
      live = false
    }
  }, [key, foldNames])
  return folded
}
