import { afterEach, describe, expect, it, vi } from 'vitest'
import { acceptOffer } from '../../../../renderer/data/repositories/offers'
import { OFFERS, seed } from './offer-list-fixture'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('acceptOffer', () => {
  it('marks the offer accepted and makes its pay the current pay, dated now', async () => {
    const db = await seed()
    const now = new Date(2026, 11, 1, 10)
    await acceptOffer(db, 'offer-moonshot', { makeCurrentPay: true }, now)
    const offer = await db.offers.get('offer-moonshot')
    expect(offer?.status).toBe('accepted')
    expect(offer?.statusDate).toBe('2026-12-01')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay?.base).toEqual(OFFERS.startup.pay.base)
    expect(profile?.updatedAt).toBe(now.toISOString())
    // Today's score point is kept with the new profile, as every profile save does.
    expect((await db.skillSnapshots.get('2026-12-01'))?.date).toBe('2026-12-01')
  })

  it('changes neither when the profile cannot take the pay: one transaction', async () => {
    const db = await seed()
    // A stored profile that no longer validates: saving it throws inside the transaction.
    const stored = await db.profile.get('me')
    if (!stored) throw new Error('seeded without a profile')
    await db.profile.put({ ...stored, yearsOfExperience: -3 })
    await expect(acceptOffer(db, 'offer-moonshot', { makeCurrentPay: true })).rejects.toThrow()
    expect((await db.offers.get('offer-moonshot'))?.status).toBe('negotiating')
    expect((await db.profile.get('me'))?.currentPay).toEqual(stored.currentPay)
  })

  it('refuses to make the pay current without a saved profile, and leaves the status', async () => {
    const db = await seed({ withProfile: false })
    await expect(acceptOffer(db, 'offer-moonshot', { makeCurrentPay: true })).rejects.toThrow(
      /no profile/,
    )
    expect((await db.offers.get('offer-moonshot'))?.status).toBe('negotiating')
  })

  it('only marks the offer when the pay is to stay', async () => {
    const db = await seed()
    const before = await db.profile.get('me')
    await acceptOffer(db, 'offer-bigtech', { makeCurrentPay: false })
    expect((await db.offers.get('offer-bigtech'))?.status).toBe('accepted')
    expect(await db.profile.get('me')).toEqual(before)
  })
})
