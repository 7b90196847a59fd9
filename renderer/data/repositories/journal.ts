import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import {
  evidenceIsLinked,
  journalEntryFieldsSchema,
  storedJournalEntrySchema,
  type StoredJournalEntry,
  draftKeys,
} from '../records'
import { recordSkillSnapshot, snapshotTables } from '../snapshots'
import { DataValidationError, validate } from '../validation'
import { timeOrderedId } from '../ids'
import { upsertRecord } from './upsert'
import { bumpJournalRevision } from './meta'
import { announceJournalChange } from './journal-changes'

export const journalDraftSchema = journalEntryFieldsSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .extend(draftKeys)
  .superRefine(evidenceIsLinked)
export type JournalDraft = z.input<typeof journalDraftSchema>

// The change listeners live apart, so that subscribing to them loads none of the validation.
export { announceJournalChange, onJournalChange, type JournalChange } from './journal-changes'

/** The newest entries first, a page at a time. */
export function newestEntries(
  db: TidemarkDatabase,
  limit: number,
  offset = 0,
): Promise<StoredJournalEntry[]> {
  return db.journal.orderBy('date').reverse().offset(offset).limit(limit).toArray()
}

/** Every tag in use, sorted, for completion. */
export async function tagsInUse(db: TidemarkDatabase): Promise<string[]> {
  const keys = await db.journal.orderBy('tags').uniqueKeys()
  return keys.filter((key): key is string => typeof key === 'string')
}

/** Links must point at records that exist now (a form left open while a skill was deleted). */
async function checkLinks(
  db: TidemarkDatabase,
  skillIds: readonly string[],
  offerId: string | undefined,
): Promise<void> {
  const skills = await db.skills.bulkGet([...skillIds])
  const issues = skills.flatMap((skill, index) =>
    skill
      ? []
      : [{ path: `skillIds.${index}`, message: `no skill with id "${skillIds[index] ?? ''}"` }],
  )
  if (offerId !== undefined && (await db.offers.get(offerId)) === undefined) {
    issues.push({ path: 'offerId', message: `no offer with id "${offerId}"` })
  }
  if (issues.length > 0) throw new DataValidationError(issues, 'journal')
}

/**
 * Adds an entry (no id) or changes one. The revision bump that keeps the search index honest
 * and, when the entry is evidence, today's score, are written in the same transaction.
 */
export async function saveJournalEntry(
  db: TidemarkDatabase,
  draft: JournalDraft,
  now = new Date(),
): Promise<StoredJournalEntry> {
  const { id, ...fields } = validate(journalDraftSchema, draft, 'journal')
  const { entry, revision } = await db.transaction(
    'rw',
    [...snapshotTables(db), db.meta, db.offers],
    async () => {
      await checkLinks(db, fields.skillIds, fields.offerId)
      // A new entry's id sorts after every one written before it: the timeline, newest first,
      // shows one day's entries newest written first (ties in the date index go by id).
      const { row: stored, previous } = await upsertRecord<StoredJournalEntry>(
        db.journal,
        storedJournalEntrySchema,
        id ?? timeOrderedId(now),
        () => fields,
        now,
        'journal',
      )
      const revision = await bumpJournalRevision(db)
      if (stored.evidence.length > 0 || (previous?.evidence.length ?? 0) > 0) {
        await recordSkillSnapshot(db, now)
      }
      return { entry: stored, revision }
    },
  )
  announceJournalChange(db, { kind: 'put', ids: [entry.id], revision })
  return entry
}

export async function deleteJournalEntry(
  db: TidemarkDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  const revision = await db.transaction('rw', [...snapshotTables(db), db.meta], async () => {
    const existing = await db.journal.get(id)
    if (!existing) return null
    await db.journal.delete(id)
    const next = await bumpJournalRevision(db)
    if (existing.evidence.length > 0) await recordSkillSnapshot(db, now)
    return next
  })
  if (revision !== null) announceJournalChange(db, { kind: 'delete', ids: [id], revision })
}

/** What Undo of a deletion put back, and how many of its links it could not. */
export interface RestoredEntry {
  entry: StoredJournalEntry
  /** Links to skills or an offer deleted meanwhile (another window), left out. */
  droppedLinks: number
}

/**
 * Puts a deleted entry back as it was (its id, dates, links and evidence), for Undo: with the
 * revision bump and, when it is evidence, today's score, in one transaction, as a save. A
 * skill or offer deleted meanwhile cannot be linked again: the entry comes back without that
 * link (and the evidence for it) rather than not at all, and the caller is told how many.
 */
export async function restoreJournalEntry(
  db: TidemarkDatabase,
  entry: StoredJournalEntry,
  now = new Date(),
): Promise<RestoredEntry> {
  const asDeleted = validate(storedJournalEntrySchema, entry, 'journal')
  const { row, droppedLinks, revision } = await db.transaction(
    'rw',
    [...snapshotTables(db), db.meta, db.offers],
    async () => {
      const kept = await withLinksThatExist(db, asDeleted)
      await db.journal.put(kept.row)
      const next = await bumpJournalRevision(db)
      if (kept.row.evidence.length > 0) await recordSkillSnapshot(db, now)
      return { ...kept, revision: next }
    },
  )
  announceJournalChange(db, { kind: 'put', ids: [row.id], revision })
  return { entry: row, droppedLinks }
}

/** The entry without its links to skills and an offer that are no longer stored. */
async function withLinksThatExist(
  db: TidemarkDatabase,
  entry: StoredJournalEntry,
): Promise<{ row: StoredJournalEntry; droppedLinks: number }> {
  const stored = await db.skills.bulkGet([...entry.skillIds])
  const skillIds = entry.skillIds.filter((_, index) => stored[index] !== undefined)
  const offerKept =
    entry.offerId === undefined || (await db.offers.get(entry.offerId)) !== undefined
  const droppedLinks = entry.skillIds.length - skillIds.length + (offerKept ? 0 : 1)
  if (droppedLinks === 0) return { row: entry, droppedLinks }
  const { offerId, ...rest } = entry
  const row: StoredJournalEntry = {
    ...rest,
    ...(offerKept && offerId !== undefined ? { offerId } : {}),
    skillIds,
    evidence: entry.evidence.filter((link) => skillIds.includes(link.skillId)),
  }
  return { row, droppedLinks }
}
