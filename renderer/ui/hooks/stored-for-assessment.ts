import {
  readAssessmentSources,
  type AssessmentSources,
  type SourcesToRead,
} from '../../data/assessment-input'
import type { TidemarkDatabase } from '../../data/db'
import { readRulesetInUse, type RulesetInUse } from '../../data/ruleset-in-use'
import { useServices } from '../services'
import { SharedLiveQuery, useSharedLiveQuery } from './shared-live-query'

// Apart from use-assessment.ts (the engine): start-up reads these records before the engine's
// code is needed.

export interface StoredForAssessment {
  sources: AssessmentSources
  rulesetInUse: RulesetInUse
}

/** The stored records the engine reads, live queries shared by every screen: per database,
 *  one with the job-search entries and one without (the dashboard's). */
const storedQueries = new WeakMap<
  TidemarkDatabase,
  Map<boolean, SharedLiveQuery<StoredForAssessment>>
>()

function storedQuery(
  db: TidemarkDatabase,
  { jobSearch = true }: SourcesToRead = {},
): SharedLiveQuery<StoredForAssessment> {
  let queries = storedQueries.get(db)
  if (!queries) {
    queries = new Map()
    storedQueries.set(db, queries)
  }
  let query = queries.get(jobSearch)
  if (!query) {
    query = new SharedLiveQuery(async () => {
      const [sources, rulesetInUse] = await Promise.all([
        readAssessmentSources(db, { jobSearch }),
        readRulesetInUse(db),
      ])
      return { sources, rulesetInUse }
    })
    queries.set(jobSearch, query)
  }
  return query
}

/**
 * Starts reading what the engine needs before any screen asks (at start-up, while the screen's
 * code loads): the first screen that does finds it read, or on its way. Held `holdMs` for it.
 * Resolves once read.
 */
export function warmStoredForAssessment(
  db: TidemarkDatabase,
  toRead: SourcesToRead = {},
  holdMs = 10_000,
): Promise<void> {
  const query = storedQuery(db, toRead)
  query.warm(holdMs)
  return query.answered()
}

/** The stored records the engine reads, live: any write anywhere updates every screen. */
export function useStoredForAssessment(
  toRead: SourcesToRead = {},
): StoredForAssessment | undefined {
  const { db } = useServices()
  return useSharedLiveQuery(storedQuery(db, toRead))
}
