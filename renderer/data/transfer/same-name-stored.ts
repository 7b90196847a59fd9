import type { TidemarkDatabase } from '../db'
import type { ExportData } from './export-format'
import { idSet, sameNameCounts, type SameNameCount } from './same-name'

/**
 * sameNameCounts for a checked file against what is stored now. Skills, offers and goals are
 * read whole (thousands at most); the journal, which may hold 200,000 entries, by its keys,
 * then only the entries on the dates of those the file adds (an entry's key holds its date):
 * merging the same file again adds none, so reads no entry at all.
 */
export async function sameNameCountsStored(
  db: TidemarkDatabase,
  data: ExportData,
): Promise<SameNameCount[]> {
  const [skills, offers, goals, journalIds] = await Promise.all([
    db.skills.toArray(),
    db.offers.toArray(),
    db.goals.toArray(),
    db.journal.toCollection().primaryKeys(),
  ])
  const storedJournalIds = new Set(journalIds)
  const addedDates = [
    ...new Set(
      data.journal.filter((entry) => !storedJournalIds.has(entry.id)).map((entry) => entry.date),
    ),
  ]
  const journal =
    addedDates.length === 0 ? [] : await db.journal.where('date').anyOf(addedDates).toArray()
  return sameNameCounts(
    data,
    { skills, offers, journal, goals },
    {
      skills: idSet(skills),
      offers: idSet(offers),
      journal: storedJournalIds,
      goals: idSet(goals),
    },
  )
}
