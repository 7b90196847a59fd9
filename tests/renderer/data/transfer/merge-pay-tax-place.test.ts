import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile, type ProfileDraft } from '../../../../renderer/data/repositories/profile'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import type { StoredProfile } from '../../../../renderer/data/records'
import { freshDatabase } from '../data-helpers'

/**
 * Trial 23: the profile's current pay says where it is taxed (`currentPayTaxedInChina`). A merge
 * takes it with the pay it belongs to, from the copy whose pay changed last: a Hong Kong pay
 * never takes the other copy's mainland taxing, nor a mainland pay the other's Hong Kong one.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-pay-tax-place')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const MAINLAND = {
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
} as const
const HONG_KONG = {
  currency: 'HKD',
  base: { kind: 'monthly', monthly: { low: 80000, high: 80000 }, months: 13 },
} as const

const fields: ProfileDraft = {
  education: 'phd',
  yearsOfExperience: 1,
  city: '北京',
  currentEmployer: 'research-institute',
  roleFamily: 'research',
  stability: 'stable',
}

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`)

function exportOf(profile: StoredProfile) {
  return checkImportText(
    JSON.stringify({
      format: 'tidemark',
      version: EXPORT_VERSION,
      exportedAt: at(28).toISOString(),
      app: { name: 'Tidemark', version: '0.1.0' },
      data: {
        settings: null,
        profile,
        skills: [],
        skillSnapshots: [],
        offers: [],
        journal: [],
        goals: [],
        engineSettings: null,
        rulesetOverrides: null,
      },
    }),
  )
}

describe('a merge and where the current pay is taxed', () => {
  it('takes the file’s Hong Kong pay with its tax place, where it was set later', async () => {
    const db = await database()
    const abroad = await saveProfile(
      db,
      { ...fields, currentPay: HONG_KONG, currentPayTaxedInChina: false },
      at(6),
    )
    const file = exportOf(abroad)
    // Here: the mainland pay set earlier, the profile saved later for another field.
    const other = await freshDatabase('merge-pay-tax-place-here')
    opened.push(other)
    await saveProfile(other, { ...fields, currentPay: MAINLAND }, at(2))
    await saveProfile(other, { ...fields, yearsOfExperience: 2, currentPay: MAINLAND }, at(9))
    await applyImportAt(other, file, 'merge')
    const merged = await other.profile.get('me')
    expect(merged?.currentPay).toEqual(HONG_KONG)
    expect(merged?.currentPayTaxedInChina).toBe(false)
    expect(merged?.yearsOfExperience).toBe(2)
  })

  it('keeps the mainland pay set here later: the file’s tax place does not come with the file', async () => {
    const db = await database()
    const abroad = await saveProfile(
      db,
      { ...fields, currentPay: HONG_KONG, currentPayTaxedInChina: false },
      at(3),
    )
    // The file's profile is the newer record (another field saved later), its pay the older.
    const file = exportOf({ ...abroad, yearsOfExperience: 3, updatedAt: at(20).toISOString() })
    const here = await freshDatabase('merge-pay-tax-place-mainland')
    opened.push(here)
    await saveProfile(here, { ...fields, currentPay: MAINLAND }, at(10))
    await applyImportAt(here, file, 'merge')
    const merged = await here.profile.get('me')
    expect(merged?.yearsOfExperience).toBe(3)
    expect(merged?.currentPay).toEqual(MAINLAND)
    expect(merged).not.toHaveProperty('currentPayTaxedInChina')
  })
})
