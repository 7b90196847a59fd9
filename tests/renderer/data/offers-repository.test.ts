import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import {
  acceptOffer,
  deleteOffer,
  listOffers,
  openOffersByDeadline,
  saveOffer,
  setOfferStatus,
  type OfferDraft,
} from '../../../renderer/data/repositories/offers'
import { readProfile, saveProfile } from '../../../renderer/data/repositories/profile'
import { localDate } from '../../../renderer/data/snapshots'
import { offerSchema } from '../../../renderer/domain/model/offer'
import { loadPersona } from '../../helpers/personas'
import { expectRefused, freshDatabase, localMoment, without } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('offers-test')
})

afterEach(async () => {
  await db.delete()
})

const T1 = localMoment(2026, 8, 1, 9)
const T2 = localMoment(2026, 8, 4, 22, 30)
const T3 = localMoment(2026, 8, 9, 7, 15)

const draft: OfferDraft = {
  company: 'Moonshot',
  employerKind: 'startup',
  pay: { base: { kind: 'monthly', monthly: { low: 60000, high: 70000 }, months: 15 } },
}

describe('offers', () => {
  it('adds an offer: fresh id, storage defaults, status dated today, stamps at `now`', async () => {
    const saved = await saveOffer(db, draft, T1)
    const engineDefaults = without(offerSchema.parse({ ...draft, id: 'x' }), 'id')
    expect(saved).toEqual({
      ...engineDefaults,
      id: saved.id,
      status: 'considering',
      statusDate: localDate(T1),
      notes: '',
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    })
    expect(await listOffers(db)).toEqual([saved])
  })

  it('stores a persona’s offer as the engine reads it', async () => {
    const [offer] = loadPersona('p1').offers
    if (!offer) throw new Error('P1 has an offer')
    const saved = await saveOffer(db, offer, T1)
    expect(saved).toMatchObject(offer)
    expect(saved.id).toBe(offer.id)
  })

  it('updates an offer by id: createdAt kept, updatedAt moved', async () => {
    const created = await saveOffer(db, draft, T1)
    const updated = await saveOffer(
      db,
      { ...draft, id: created.id, statusDate: created.statusDate, notes: 'call HR' },
      T2,
    )
    expect(updated).toEqual({ ...created, notes: 'call HR', updatedAt: T2.toISOString() })
    expect(await listOffers(db)).toEqual([updated])
  })

  it('dates a status change made through saveOffer', async () => {
    const created = await saveOffer(db, draft, T1)
    const updated = await saveOffer(db, { ...draft, id: created.id, status: 'negotiating' }, T2)
    expect(updated.status).toBe('negotiating')
    expect(updated.statusDate).toBe(localDate(T2))
    expect(updated.createdAt).toBe(T1.toISOString())
  })

  it('setOfferStatus changes the status and its date, keeping the rest', async () => {
    const created = await saveOffer(db, { ...draft, notes: 'keep me' }, T1)
    const declined = await setOfferStatus(db, created.id, 'declined', T3)
    expect(declined).toEqual({
      ...created,
      status: 'declined',
      statusDate: localDate(T3),
      updatedAt: T3.toISOString(),
    })
    expect(await db.offers.get(created.id)).toEqual(declined)
  })

  it('setOfferStatus refuses an id that is not stored and writes nothing', async () => {
    await saveOffer(db, draft, T1)
    const before = await db.offers.toArray()
    await expect(setOfferStatus(db, 'missing', 'accepted', T2)).rejects.toThrow(/missing/)
    expect(await db.offers.toArray()).toEqual(before)
  })

  it('lists open offers with a deadline, soonest first', async () => {
    const rows: [string, OfferDraft['status'], string | undefined][] = [
      ['A', 'considering', '2026-09-10'],
      ['B', 'negotiating', '2026-08-20'],
      ['C', 'declined', '2026-08-15'],
      ['D', 'considering', undefined],
      ['E', 'negotiating', '2026-09-01'],
    ]
    for (const [company, status, deadline] of rows) {
      await saveOffer(db, { ...draft, company, status, ...(deadline ? { deadline } : {}) }, T1)
    }
    const expected = rows
      .filter(
        ([, status, deadline]) =>
          deadline && (status === 'considering' || status === 'negotiating'),
      )
      .sort((a, b) => (a[2] ?? '').localeCompare(b[2] ?? ''))
      .map(([company]) => company)
    expect((await openOffersByDeadline(db)).map((offer) => offer.company)).toEqual(expected)
  })

  it.each([
    ['company', { company: '' }],
    ['employerKind', { employerKind: 'hedge-fund' }],
    ['status', { status: 'won' }],
    ['deadline', { deadline: '31/12/2026' }],
    [
      'pay.base.monthly.low',
      { pay: { base: { kind: 'monthly', monthly: { low: 90000, high: 70000 }, months: 15 } } },
    ],
    [
      'pay.base.months',
      { pay: { base: { kind: 'monthly', monthly: { low: 1, high: 2 }, months: 13.3 } } },
    ],
    ['redFlags', { redFlags: ['pr-over-product', 'pr-over-product'] }],
    ['checklist.roadmap', { checklist: { roadmap: 'maybe' } }],
  ])('refuses a bad %s, naming it, and stores nothing', async (path, change) => {
    await expectRefused(db, () => saveOffer(db, { ...draft, ...change } as OfferDraft, T1), path)
    expect(await db.offers.count()).toBe(0)
  })

  it('refuses a bad update and keeps the stored offer', async () => {
    const created = await saveOffer(db, draft, T1)
    await expectRefused(
      db,
      () => saveOffer(db, { ...draft, id: created.id, company: ' ' }, T2),
      'company',
    )
    expect(await db.offers.get(created.id)).toEqual(created)
  })
})

describe('deleteOffer', () => {
  it('removes the offer and unlinks the journal entries that named it, stamping them', async () => {
    const gone = await saveOffer(db, draft, T1)
    const kept = await saveOffer(db, { ...draft, company: 'Zhipu' }, T1)
    const named = await saveJournalEntry(
      db,
      { kind: 'offer', date: '2026-08-01', title: 'Offer!', company: 'Moonshot', offerId: gone.id },
      T1,
    )
    const other = await saveJournalEntry(
      db,
      { kind: 'interview', date: '2026-07-20', title: 'Onsite', offerId: kept.id },
      T1,
    )
    const unlinked = await saveJournalEntry(
      db,
      { kind: 'application', date: '2026-07-01', title: 'Applied' },
      T1,
    )

    await deleteOffer(db, gone.id, T3)

    expect((await listOffers(db)).map((offer) => offer.id)).toEqual([kept.id])
    expect(await db.journal.get(named.id)).toEqual({
      ...without(named, 'offerId'),
      updatedAt: T3.toISOString(),
    })
    expect(await db.journal.get(other.id)).toEqual(other)
    expect(await db.journal.get(unlinked.id)).toEqual(unlinked)
    expect(await db.journal.where('offerId').equals(gone.id).count()).toBe(0)
  })
})

describe('offer status, from review', () => {
  it('a draft without a status keeps the stored one; setting the same status keeps its date', async () => {
    const db = await freshDatabase('offer-status')
    const offer = await saveOffer(
      db,
      {
        company: 'Acme AI',
        employerKind: 'startup',
        pay: { currency: 'CNY', base: { kind: 'annual', annual: { low: 500000, high: 500000 } } },
      },
      new Date(2026, 10, 1, 12),
    )
    expect(offer.status).toBe('considering')
    const accepted = await setOfferStatus(db, offer.id, 'accepted', new Date(2026, 10, 5, 12))
    const { status: _status, ...withoutStatus } = accepted
    const edited = await saveOffer(
      db,
      { ...withoutStatus, notes: 'signed' },
      new Date(2026, 10, 6, 12),
    )
    expect(edited).toMatchObject({ status: 'accepted', statusDate: '2026-11-05', notes: 'signed' })
    const again = await setOfferStatus(db, offer.id, 'accepted', new Date(2026, 10, 9, 12))
    expect(again.statusDate).toBe('2026-11-05')
    await db.delete()
  })

  describe('acceptOffer', () => {
    const profile = () => structuredClone(loadPersona('p1').profile)

    it('marks the offer accepted and makes its pay the current pay, both dated now', async () => {
      await saveProfile(db, profile(), T1)
      const offer = await saveOffer(db, draft, T1)
      const accepted = await acceptOffer(db, offer.id, { makeCurrentPay: true }, T3)
      expect(accepted).toMatchObject({ status: 'accepted', statusDate: localDate(T3) })
      expect(await db.offers.get(offer.id)).toEqual(accepted)
      const stored = await readProfile(db)
      expect(stored?.currentPay).toEqual(accepted.pay)
      expect(stored?.updatedAt).toBe(T3.toISOString())
      // Today's score point is kept with the new pay, as every profile save does.
      expect((await db.skillSnapshots.get(localDate(T3)))?.date).toBe(localDate(T3))
    })

    it('gives the current pay the offer’s tax place: a job taxed abroad is not taxed as mainland pay', async () => {
      // Trial 23: a Hong Kong offer made current pay was taxed as Beijing pay.
      await saveProfile(db, profile(), T1)
      const abroad = await saveOffer(db, { ...draft, city: '香港', taxedInChina: false }, T1)
      await acceptOffer(db, abroad.id, { makeCurrentPay: true }, T2)
      expect((await readProfile(db))?.currentPayTaxedInChina).toBe(false)
      // And back: a mainland offer accepted later is taxed in mainland China again.
      const mainland = await saveOffer(db, draft, T2)
      await acceptOffer(db, mainland.id, { makeCurrentPay: true }, T3)
      const stored = await readProfile(db)
      // Absent reads as taxed in mainland China (the engine, the form).
      expect(stored).not.toHaveProperty('currentPayTaxedInChina')
      expect(stored?.currentPayChangedAt).toBe(T3.toISOString())
    })

    it('moves the pay’s stamp when only its tax place changes', async () => {
      await saveProfile(db, profile(), T1)
      const before = await readProfile(db)
      if (!before) throw new Error('saved without a profile')
      const { id: _id, updatedAt: _at, ...fields } = before
      // Saying what an absent tax place meant (taxed in mainland China) is no change.
      await saveProfile(db, { ...fields, currentPayTaxedInChina: true }, T2)
      expect((await readProfile(db))?.currentPayChangedAt).toBe(T1.toISOString())
      await saveProfile(db, { ...fields, currentPayTaxedInChina: false }, T3)
      expect((await readProfile(db))?.currentPayChangedAt).toBe(T3.toISOString())
    })

    it('writes neither when the profile cannot take the pay: one transaction', async () => {
      await saveProfile(db, profile(), T1)
      const offer = await saveOffer(db, { ...draft, status: 'negotiating' }, T1)
      // A stored profile that no longer validates: saving it throws inside the transaction.
      const before = await readProfile(db)
      if (!before) throw new Error('saved without a profile')
      await db.profile.put({ ...before, yearsOfExperience: -3 })
      await expect(acceptOffer(db, offer.id, { makeCurrentPay: true }, T2)).rejects.toThrow()
      expect(await db.offers.get(offer.id)).toEqual(offer)
      expect((await db.profile.get(before.id))?.currentPay).toEqual(before.currentPay)
    })

    it('refuses to make the pay current without a profile, and keeps the status', async () => {
      const offer = await saveOffer(db, draft, T1)
      await expect(acceptOffer(db, offer.id, { makeCurrentPay: true }, T2)).rejects.toThrow(
        /no profile/,
      )
      expect(await db.offers.get(offer.id)).toEqual(offer)
    })

    it('only marks the offer when the pay is to stay', async () => {
      await saveProfile(db, profile(), T1)
      const before = await readProfile(db)
      const offer = await saveOffer(db, draft, T1)
      await acceptOffer(db, offer.id, { makeCurrentPay: false }, T2)
      expect((await db.offers.get(offer.id))?.status).toBe('accepted')
      expect(await readProfile(db)).toEqual(before)
    })
  })
})
