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
      const { row: stored, previous } = await upsertRecord<StoredJournalEntry>(
        db.journal,
        storedJournalEntrySchema,
        id,
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

/**
 * Puts a deleted entry back exactly as it was (its id, dates, links and evidence), for Undo:
 * with the revision bump and, when it is evidence, today's score, in one transaction, as a
 * save. A link to a skill or offer deleted meanwhile refuses it (DataValidationError).
 */
export async function restoreJournalEntry(
  db: TidemarkDatabase,
  entry: StoredJournalEntry,
  now = new Date(),
): Promise<StoredJournalEntry> {
  const row = validate(storedJournalEntrySchema, entry, 'journal')
  const revision = await db.transaction(
    'rw',
    [...snapshotTables(db), db.meta, db.offers],
    async () => {
      await checkLinks(db, row.skillIds, row.offerId)
      await db.journal.put(row)
      const next = await bumpJournalRevision(db)
      if (row.evidence.length > 0) await recordSkillSnapshot(db, now)
      return next
    },
  )
  announceJournalChange(db, { kind: 'put', ids: [row.id], revision })
  return row
}
