import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { deleteJournalEntry, saveJournalEntry } from '../../../renderer/data/repositories/journal'
import {
  deleteOfferWithUndo,
  listOffers,
  restoreOffer,
  saveOffer,
  setOfferStatus,
} from '../../../renderer/data/repositories/offers'
import { freshDatabase, localMoment } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('offers-restore-test')
})

afterEach(async () => {
  await db.delete()
})

const T1 = localMoment(2026, 8, 1, 9)
const T2 = localMoment(2026, 8, 4, 22, 30)
const T3 = localMoment(2026, 8, 9, 7, 15)

const draft = {
  company: 'Moonshot',
  role: 'Inference engineer',
  employerKind: 'startup' as const,
  pay: { base: { kind: 'text' as const, text: '年薪 135 万' } },
}

/** Trial 14 M3: deleting an offer had no Undo. Undo puts it back exactly, with its links. */
describe('restoreOffer', () => {
  it('puts the offer back as it was stored and links its journal entries again', async () => {
    const offer = await saveOffer(db, draft, T1)
    const declined = await setOfferStatus(db, offer.id, 'declined', T2)
    const named = await saveJournalEntry(
      db,
      { kind: 'offer', date: '2026-08-01', title: 'Offer!', offerId: offer.id },
      T1,
    )
    const deleted = await deleteOfferWithUndo(db, offer.id, T3)
    expect(await listOffers(db)).toEqual([])
    expect((await db.journal.get(named.id))?.offerId).toBeUndefined()

    expect(await restoreOffer(db, deleted)).toEqual({ relinked: 1 })
    expect(await listOffers(db)).toEqual([declined])
    // The entry as it was before the delete: its link and its stamp.
    expect(await db.journal.get(named.id)).toEqual(named)
  })

  it('leaves an entry deleted since deleted, and refuses an id taken since', async () => {
    const offer = await saveOffer(db, draft, T1)
    const named = await saveJournalEntry(
      db,
      { kind: 'offer', date: '2026-08-01', title: 'Offer!', offerId: offer.id },
      T1,
    )
    const deleted = await deleteOfferWithUndo(db, offer.id, T2)
    await deleteJournalEntry(db, named.id)
    expect(await restoreOffer(db, deleted)).toEqual({ relinked: 0 })
    expect(await db.journal.get(named.id)).toBeUndefined()
    await expect(restoreOffer(db, deleted)).rejects.toThrow()
    expect(await listOffers(db)).toHaveLength(1)
  })
})
