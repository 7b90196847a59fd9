import type { JournalKind } from '../../../domain/model/enums'
import type { SkillSnapshot, StoredGoal, StoredOffer } from '../../../data/records'
import { listGoals } from '../../../data/repositories/goals'
import {
  readLastAutomaticBackup,
  readLastExportAt,
  type AutomaticBackupResult,
} from '../../../data/repositories/meta'
import { openOffersByDeadline } from '../../../data/repositories/offers'
import { readSampleState, type SampleState } from '../../../data/sample/sample-profile'
import { localDate, readSnapshots } from '../../../data/snapshots'
import type { TidemarkDatabase } from '../../../data/db'
import { SharedLiveQuery, useSharedLiveQuery } from '../../hooks/shared-live-query'
import { useServices } from '../../services'
import { deadlineLooksMistyped } from '../../deadlines/deadline-reminders'
import { addDays, weekOf } from './calendar'

/** How far back the score's trend reaches. */
export const TREND_DAYS = 180

/** What the dashboard shows besides the live assessment, read in one live query. */
export interface DashboardData {
  /** Today (ISO), as the query read the clock: every "next" and "this week" is from it. */
  today: string
  sample: SampleState
  /** The score's history over the last TREND_DAYS, oldest first. */
  snapshots: SkillSnapshot[]
  /** The open offer whose deadline comes next (today or later). */
  nextDeadline: StoredOffer | undefined
  /** The open offers whose deadline has passed, the most recently passed first. */
  passedDeadlines: StoredOffer[]
  week: { from: string; counts: Partial<Record<JournalKind, number>>; total: number }
  /** The undone goal with the nearest target date (overdue ones first). */
  nextGoal: StoredGoal | undefined
  lastExportAt: string | null
  lastAutomaticBackup: AutomaticBackupResult | null
}

/** The dashboard's query, one per database: started at start-up (warmDashboardData) while the
 *  screen's code loads, then read by the screen. */
const queries = new WeakMap<TidemarkDatabase, SharedLiveQuery<DashboardData>>()

function dashboardQuery(db: TidemarkDatabase): SharedLiveQuery<DashboardData> {
  let query = queries.get(db)
  if (!query) {
    query = new SharedLiveQuery(() => readDashboardData(db))
    queries.set(db, query)
  }
  return query
}

/** Starts reading the dashboard's data before the screen mounts (held `holdMs` for it). */
export function warmDashboardData(db: TidemarkDatabase, holdMs = 10_000): void {
  dashboardQuery(db).warm(holdMs)
}

export function useDashboardData(): DashboardData | undefined {
  const { db } = useServices()
  return useSharedLiveQuery(dashboardQuery(db))
}

async function readDashboardData(db: TidemarkDatabase): Promise<DashboardData> {
  // Read inside the query (not during render): the clock is the query's input, like the data.
  const now = new Date()
  const today = localDate(now)
  const week = weekOf(now)
  const [sample, snapshots, withDeadline, weekEntries, goals, lastExportAt, lastAutomaticBackup] =
    await Promise.all([
      readSampleState(db),
      readSnapshots(db, localDate(addDays(now, -TREND_DAYS))),
      openOffersByDeadline(db),
      // The journal's date index: only this week's entries are read.
      db.journal.where('date').between(week.from, week.until, true, false).toArray(),
      listGoals(db),
      readLastExportAt(db),
      readLastAutomaticBackup(db),
    ])
  // A deadline the form would refuse (0006-02-02, stored before it held the range) is neither
  // "passed 44,133 days ago" nor next: the offers list asks the user to check it.
  const deadlines = withDeadline.filter(
    (offer) => offer.deadline !== undefined && !deadlineLooksMistyped(offer.deadline, now),
  )
  const counts: Partial<Record<JournalKind, number>> = {}
  for (const entry of weekEntries) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1
  return {
    today,
    sample,
    snapshots,
    nextDeadline: deadlines.find((offer) => (offer.deadline ?? '') >= today),
    passedDeadlines: deadlines
      .filter((offer) => offer.deadline !== undefined && offer.deadline < today)
      .reverse(),
    week: { from: week.from, counts, total: weekEntries.length },
    nextGoal: goals.find((goal) => !goal.done),
    lastExportAt,
    lastAutomaticBackup,
  }
}
