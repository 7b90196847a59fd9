import type { TidemarkDatabase } from '../../../../data/db'
import { setOfferStatus } from '../../../../data/repositories/offers'
import { readProfile, saveProfile } from '../../../../data/repositories/profile'
import { snapshotTables } from '../../../../data/snapshots'

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
): Promise<void> {
  if (!makeCurrentPay) {
    await setOfferStatus(db, offerId, 'accepted', now)
    return
  }
  // The repositories' own transactions join this one: their tables are all inside it.
  await db.transaction('rw', [db.offers, ...snapshotTables(db)], async () => {
    const offer = await setOfferStatus(db, offerId, 'accepted', now)
    const stored = await readProfile(db)
    if (!stored) throw new Error('no profile to give the offer’s pay to')
    const { id: _id, updatedAt: _updatedAt, ...profile } = stored
    await saveProfile(db, { ...profile, currentPay: offer.pay }, now)
  })
}
