import { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import {
  storedOfferSchema,
  type OfferStatus,
  OFFER_STATUSES,
  type StoredOffer,
  draftKeys,
} from '../records'
import { localDate, snapshotTables } from '../snapshots'
import { validate } from '../validation'
import { readProfile, saveProfile } from './profile'
import { upsertRecord } from './upsert'

export const offerDraftSchema = storedOfferSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  // No default here: a draft without a status keeps the stored one (a new offer: considering).
  .extend({ ...draftKeys, status: z.enum(OFFER_STATUSES).optional() })
export type OfferDraft = z.input<typeof offerDraftSchema>

export function listOffers(db: TidemarkDatabase): Promise<StoredOffer[]> {
  return db.offers.toArray()
}

/** Offers still open (considering or negotiating) with a deadline, soonest first. */
export async function openOffersByDeadline(db: TidemarkDatabase): Promise<StoredOffer[]> {
  const withDeadline = await db.offers.orderBy('deadline').toArray()
  return withDeadline.filter(
    (offer) => offer.status === 'considering' || offer.status === 'negotiating',
  )
}

/**
 * The date of the offer's status: the day it changed, unless the user set a different date
 * themselves (an offer accepted last week, entered today); unchanged status keeps its date.
 */
function statusDateFor(
  existing: StoredOffer | undefined,
  status: StoredOffer['status'],
  given: string | undefined,
  now: Date,
): string | undefined {
  if (existing?.status === status) return given ?? existing.statusDate
  return given !== undefined && given !== existing?.statusDate ? given : localDate(now)
}

/** Adds an offer (no id) or changes one; a bad field throws and nothing is written. */
export async function saveOffer(
  db: TidemarkDatabase,
  draft: OfferDraft,
  now = new Date(),
): Promise<StoredOffer> {
  const { id, ...fields } = validate(offerDraftSchema, draft, 'offer')
  const { statusDate: given, ...rest } = fields
  return db.transaction('rw', db.offers, async () => {
    const { row } = await upsertRecord<StoredOffer>(
      db.offers,
      storedOfferSchema,
      id,
      (existing) => {
        const status = fields.status ?? existing?.status ?? 'considering'
        const statusDate = statusDateFor(existing, status, given, now)
        return { ...rest, status, ...(statusDate === undefined ? {} : { statusDate }) }
      },
      now,
      'offer',
    )
    return row
  })
}

export async function setOfferStatus(
  db: TidemarkDatabase,
  id: string,
  status: OfferStatus,
  now = new Date(),
): Promise<StoredOffer> {
  return db.transaction('rw', db.offers, async () => {
    const existing = await db.offers.get(id)
    if (!existing) throw new Error(`no offer with id ${id}`)
    if (existing.status === status) return existing
    const offer = validate(
      storedOfferSchema,
      { ...existing, status, statusDate: localDate(now), updatedAt: now.toISOString() },
      'offer',
    )
    await db.offers.put(offer)
    return offer
  })
}

/**
 * Marks an offer accepted and, when asked, makes its pay the profile's current pay, in one
 * transaction: the assessment then measures raises and later offers from the new job, and a
 * failure leaves both as they were. Making the pay current needs a saved profile.
 */
export async function acceptOffer(
  db: TidemarkDatabase,
  offerId: string,
  { makeCurrentPay }: { makeCurrentPay: boolean },
  now = new Date(),
): Promise<StoredOffer> {
  // The repositories' own transactions join this one: their tables are all inside it.
  return db.transaction('rw', [db.offers, ...snapshotTables(db)], async () => {
    const offer = await setOfferStatus(db, offerId, 'accepted', now)
    if (!makeCurrentPay) return offer
    const stored = await readProfile(db)
    if (!stored) throw new Error('no profile to give the offer’s pay to')
    const { id: _id, updatedAt: _updatedAt, ...profile } = stored
    // The pay's tax place goes with it: a Hong Kong job's pay is not taxed as mainland pay.
    // Stored only where it is not the mainland, as the profile form stores it.
    const { currentPayTaxedInChina: _place, ...rest } = profile
    await saveProfile(
      db,
      {
        ...rest,
        currentPay: offer.pay,
        ...(offer.taxedInChina ? {} : { currentPayTaxedInChina: false }),
      },
      now,
    )
    return offer
  })
}

/** Removes an offer and unlinks the journal entries that named it, in one transaction. */
export async function deleteOffer(
  db: TidemarkDatabase,
  id: string,
  now = new Date(),
): Promise<void> {
  await db.transaction('rw', [db.offers, db.journal], async () => {
    await db.offers.delete(id)
    await db.journal
      .where('offerId')
      .equals(id)
      .modify((entry) => {
        delete entry.offerId
        entry.updatedAt = now.toISOString()
      })
  })
}

/** What Undo needs to put a deleted offer back as it was: the record, and the links it had. */
export interface DeletedOffer {
  offer: StoredOffer
  /** The journal entries that named the offer, with their stamps before the delete. */
  entries: { id: string; updatedAt: string }[]
  deletedAt: string
}

/** deleteOffer, keeping what restoreOffer needs to undo it (read in the same transaction). */
export async function deleteOfferWithUndo(
  db: TidemarkDatabase,
  id: string,
  now = new Date(),
): Promise<DeletedOffer> {
  return db.transaction('rw', [db.offers, db.journal], async () => {
    const offer = await db.offers.get(id)
    if (!offer) throw new Error(`no offer ${id}`)
    const linked = await db.journal.where('offerId').equals(id).toArray()
    await deleteOffer(db, id, now)
    return {
      offer,
      entries: linked.map((entry) => ({ id: entry.id, updatedAt: entry.updatedAt })),
      deletedAt: now.toISOString(),
    }
  })
}

/**
 * Puts a deleted offer back exactly (its id, status and stamps) and links again the journal
 * entries the delete unlinked; an entry deleted since stays deleted, one linked elsewhere since
 * keeps that link, and one edited since keeps its newer stamp. Refuses if the id is taken.
 * Returns how many entries were linked again.
 */
export async function restoreOffer(
  db: TidemarkDatabase,
  deleted: DeletedOffer,
): Promise<{ relinked: number }> {
  return db.transaction('rw', [db.offers, db.journal], async () => {
    await db.offers.add(deleted.offer)
    let relinked = 0
    for (const { id, updatedAt } of deleted.entries) {
      const entry = await db.journal.get(id)
      if (!entry || entry.offerId !== undefined) continue
      const untouched = entry.updatedAt === deleted.deletedAt
      await db.journal.put({
        ...entry,
        offerId: deleted.offer.id,
        updatedAt: untouched ? updatedAt : entry.updatedAt,
      })
      relinked += 1
    }
    return { relinked }
  })
}
