import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import {
  readEngineSettings,
  saveEngineSettings,
  type EngineSettingsDraft,
} from '../../../renderer/data/repositories/engine-settings'
import {
  readProfile,
  saveProfile,
  type ProfileDraft,
} from '../../../renderer/data/repositories/profile'
import { localDate } from '../../../renderer/data/snapshots'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { loadPersona } from '../../helpers/personas'
import { expectRefused, freshDatabase, localMoment, without } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('profile-test')
})

afterEach(async () => {
  await db.delete()
})

const p1Profile = (): ProfileDraft => structuredClone(loadPersona('p1').profile)

describe('profile', () => {
  it('reads nothing before a profile is saved', async () => {
    expect(await readProfile(db)).toBeUndefined()
  })

  it('stores the profile as the one row "me", stamped with `now`, and reads it back', async () => {
    const now = new Date('2026-04-01T09:30:00.000Z')
    const draft = p1Profile()
    const saved = await saveProfile(db, draft, now)
    // The pay is new: its stamp is the save's (review 19, finding 4).
    expect(saved).toEqual({
      ...draft,
      id: 'me',
      updatedAt: now.toISOString(),
      currentPayChangedAt: now.toISOString(),
    })
    expect(await readProfile(db)).toEqual(saved)
    expect(await db.profile.count()).toBe(1)
  })

  it('fills the schema defaults of fields the draft leaves out', async () => {
    const draft = without(p1Profile(), 'leadership', 'city', 'phdInField')
    const saved = await saveProfile(db, draft)
    expect(saved.leadership).toEqual({ businessLine: false, team: false, openSource: false })
    expect(saved.city).toBe('')
    expect(saved.phdInField).toBe(false)
  })

  it('replaces the row on a second save, with the new updatedAt', async () => {
    await saveProfile(db, p1Profile(), new Date('2026-04-01T09:30:00.000Z'))
    const later = new Date('2026-04-02T10:00:00.000Z')
    await saveProfile(db, { ...p1Profile(), yearsOfExperience: 9 }, later)
    expect(await db.profile.toArray()).toEqual([
      expect.objectContaining({ id: 'me', yearsOfExperience: 9, updatedAt: later.toISOString() }),
    ])
  })

  it('records today’s snapshot with the profile', async () => {
    const now = localMoment(2026, 4, 1, 21, 15)
    await saveProfile(db, p1Profile(), now)
    expect((await db.skillSnapshots.toArray()).map((row) => row.date)).toEqual([localDate(now)])
  })

  it.each([
    ['yearsOfExperience', { yearsOfExperience: -1 }],
    ['education', { education: 'kindergarten' }],
    ['leadership.team', { leadership: { team: 'yes' } }],
    [
      'currentPay.base.monthly.low',
      { currentPay: { base: { kind: 'monthly', monthly: { low: -5, high: 10 }, months: 12 } } },
    ],
  ])('refuses a bad %s, naming it, and stores nothing', async (path, change) => {
    await expectRefused(
      db,
      () => saveProfile(db, { ...p1Profile(), ...change } as ProfileDraft),
      path,
    )
    expect(await db.profile.count()).toBe(0)
    expect(await db.skillSnapshots.count()).toBe(0)
  })

  it('refuses a bad field on update and keeps the stored profile and snapshot', async () => {
    await saveProfile(db, p1Profile(), new Date('2026-04-01T09:30:00.000Z'))
    await expectRefused(
      db,
      () =>
        saveProfile(
          db,
          { ...p1Profile(), yearsOfExperience: 61 },
          new Date('2026-04-02T09:30:00.000Z'),
        ),
      'yearsOfExperience',
    )
  })
})

describe('engine settings', () => {
  it('reads the engine’s defaults when none are stored', async () => {
    expect(await readEngineSettings(db)).toEqual(engineSettingsSchema.parse({}))
  })

  it('stores the settings, defaults filled in, and reads them back without the row fields', async () => {
    const now = new Date('2026-05-05T05:05:05.000Z')
    const draft: EngineSettingsDraft = {
      marketMood: 'cautious',
      exchangeRates: { USD: 7.2 },
      socialInsurance: { pensionPercent: 8, housingFundPercent: 7 },
    }
    const saved = await saveEngineSettings(db, draft, now)
    const expected = engineSettingsSchema.parse(draft)
    // Each figure set is stamped (engine-figures.ts), for a merge to tell a cleared one.
    const stamp = now.toISOString()
    expect(saved).toEqual({
      ...expected,
      id: 'engine',
      updatedAt: stamp,
      figuresChangedAt: {
        'socialInsurance.pensionPercent': stamp,
        'socialInsurance.housingFundPercent': stamp,
        'exchangeRates.USD': stamp,
      },
    })
    expect(await readEngineSettings(db)).toEqual(expected)
    expect(await db.engineSettings.count()).toBe(1)
  })

  it.each([
    ['socialInsurance.pensionPercent', { socialInsurance: { pensionPercent: 50 } }],
    ['exchangeRates.USD', { exchangeRates: { USD: -1 } }],
    ['marketMood', { marketMood: 'euphoric' }],
    ['taxYear', { taxYear: 2026.5 }],
    [
      'socialInsurance.baseFloorMonthly',
      { socialInsurance: { baseFloorMonthly: 50_000, baseCapMonthly: 40_000 } },
    ],
  ])('refuses a bad %s, naming it, and keeps the stored settings', async (path, change) => {
    await saveEngineSettings(db, { marketMood: 'hot' }, new Date('2026-05-05T05:05:05.000Z'))
    await expectRefused(db, () => saveEngineSettings(db, change as EngineSettingsDraft), path)
    expect((await readEngineSettings(db)).marketMood).toBe('hot')
  })
})
