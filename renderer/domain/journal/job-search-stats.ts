import type { JournalEvent } from '../model/journal'
import { reasonFrom, type Reason } from '../reason'
import type { Ruleset } from '../ruleset/ruleset-schema'
import { moverFigures, searchFigures, type SearchFigures } from './search-figures'

export interface JobSearchStats extends SearchFigures {
  /** The article's mover, shown beside the user's figures as a reference, not a target (L14). */
  reference: ReturnType<typeof moverFigures>
  reasons: Reason[]
}

export function jobSearchStats(events: readonly JournalEvent[], ruleset: Ruleset): JobSearchStats {
  const reference = ruleset.jobSearchReference
  return {
    ...searchFigures(events),
    reference: moverFigures(reference),
    reasons: [reasonFrom(reference.id, reference, 0)],
  }
}
