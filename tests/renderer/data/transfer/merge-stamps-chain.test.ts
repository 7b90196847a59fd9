import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredEngineSettings, StoredProfile } from '../../../../renderer/data/records'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { saveProfile, type ProfileDraft } from '../../../../renderer/data/repositories/profile'
import { readExportData } from '../../../../renderer/data/transfer/export'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { freshDatabase } from '../data-helpers'

/**
 * Review 23: merges between two machines and an old backup. A figure taken from a copy that had
 * no stamp for it (an export from before stamps were kept) was written with none, so the next
 * merge took the merged row's own stamp, later than both copies', as its time: a day-2 value
 * came back over a clearing made on day 4. And the elderly-parent choice was merged apart from
 * its amount: "as stated, 0 a month", a deduction neither machine had.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-stamps-chain')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`)

function exportOf(
  rows: { engineSettings?: object; profile?: object },
  version: number = EXPORT_VERSION,
) {
  return checkImportText(
    JSON.stringify({
      format: 'tidemark',
      version,
      exportedAt: at(28).toISOString(),
      app: { name: 'Tidemark', version: '0.1.0' },
      data: {
        settings: null,
        profile: rows.profile ?? null,
        skills: [],
        skillSnapshots: [],
        offers: [],
        journal: [],
        goals: [],
        engineSettings: rows.engineSettings ?? null,
        rulesetOverrides: null,
      },
    }),
  )
}

async function engineOf(db: TidemarkDatabase): Promise<StoredEngineSettings> {
  const engine = (await readExportData(db)).engineSettings
  if (engine === null) throw new Error('no engine settings')
  return engine
}

describe('a figure from an old backup keeps its own time through later merges', () => {
  it('does not bring back a cap cleared on another machine after the backup was made', async () => {
    // Machine S: new, saved on day 5; merges a version-3 backup of day 2 (no stamps) with a cap.
    const s = await database()
    await saveEngineSettings(s, { taxYear: 2026 }, at(5))
    const backup = {
      id: 'engine',
      updatedAt: at(2).toISOString(),
      socialInsurance: { cityPreset: 'auto', baseCapMonthly: 30000 },
      specialDeductions: {},
      exchangeRates: {},
      marketMood: 'normal',
      taxYear: 2026,
    }
    await applyImportAt(s, exportOf({ engineSettings: backup }, 3), 'merge')
    const filled = await engineOf(s)
    expect(filled.socialInsurance.baseCapMonthly).toBe(30000)
    expect(filled.figuresChangedAt?.['socialInsurance.baseCapMonthly']).toBe(at(2).toISOString())

    // Machine C: set the cap on day 1, cleared it on day 4.
    const c = await database()
    await saveEngineSettings(c, { socialInsurance: { baseCapMonthly: 30000 } }, at(1))
    await saveEngineSettings(c, { socialInsurance: {} }, at(4))
    const fromC = await engineOf(c)

    const intoS = await applyImportAt(s, exportOf({ engineSettings: fromC }), 'merge')
    expect((await engineOf(s)).socialInsurance.baseCapMonthly).toBeUndefined()
    expect(intoS.combined.engineSettings?.figures).toEqual({
      'removal-taken': ['socialInsurance.baseCapMonthly'],
    })
    await applyImportAt(c, exportOf({ engineSettings: filled }), 'merge')
    expect((await engineOf(c)).socialInsurance.baseCapMonthly).toBeUndefined()
  })

  it('does the same for the current pay', async () => {
    const fields: ProfileDraft = {
      education: 'master',
      yearsOfExperience: 8,
      city: '北京',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
    }
    const pay = {
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
    } as const
    const s = await database()
    await saveProfile(s, { ...fields, yearsOfExperience: 9 }, at(5))
    // A version-2 backup of day 2: a pay, no stamp.
    const { currentPayChangedAt: _none, ...backup } = await saveProfile(
      await database(),
      { ...fields, currentPay: pay },
      at(2),
    )
    await applyImportAt(s, exportOf({ profile: backup }, 2), 'merge')
    const filled = (await readExportData(s)).profile as StoredProfile
    expect(filled.currentPay).toEqual(pay)
    expect(filled.currentPayChangedAt).toBe(at(2).toISOString())

    const c = await database()
    await saveProfile(c, { ...fields, currentPay: pay }, at(1))
    await saveProfile(c, fields, at(4))
    const fromC = (await readExportData(c)).profile as StoredProfile
    await applyImportAt(s, exportOf({ profile: fromC }), 'merge')
    expect((await readExportData(s)).profile?.currentPay).toBeUndefined()
  })
})

describe('the elderly-parent choice and its amount merge as one figure', () => {
  it('takes the amount with the choice, from the copy that set them last', async () => {
    // B: nothing chosen (the tax form writes "none"), its row saved last on day 5.
    const b = await database()
    await saveEngineSettings(
      b,
      { specialDeductions: { elderlyParents: 'none', elderlyParentsMonthly: 0 } },
      at(1),
    )
    const none = await saveEngineSettings(
      b,
      {
        specialDeductions: { elderlyParents: 'none', elderlyParentsMonthly: 0 },
        socialInsurance: { housingFundPercent: 7 },
      },
      at(5),
    )
    // "none" where nothing was chosen is no change of the figure: no stamp of its own.
    expect(none.figuresChangedAt?.['specialDeductions.elderlyParents']).toBeUndefined()
    // A: 2,000 a month as stated, on day 3.
    const a = await database()
    await saveEngineSettings(
      a,
      { specialDeductions: { elderlyParents: 'none', elderlyParentsMonthly: 0 } },
      at(1),
    )
    const stated = await saveEngineSettings(
      a,
      { specialDeductions: { elderlyParentsMonthly: 2000 } },
      at(3),
    )
    expect(stated.figuresChangedAt?.['specialDeductions.elderlyParents']).toBe(at(3).toISOString())

    await applyImportAt(b, exportOf({ engineSettings: stated }), 'merge')
    const merged = await engineOf(b)
    expect(merged.specialDeductions.elderlyParents).toBeUndefined()
    expect(merged.specialDeductions.elderlyParentsMonthly).toBe(2000)
    expect(merged.socialInsurance.housingFundPercent).toBe(7)
  })

  it('stamps a change of the amount alone', async () => {
    const db = await database()
    await saveEngineSettings(
      db,
      { specialDeductions: { elderlyParents: 'sibling-share', elderlyParentsMonthly: 1000 } },
      at(1),
    )
    const changed = await saveEngineSettings(
      db,
      { specialDeductions: { elderlyParents: 'sibling-share', elderlyParentsMonthly: 1500 } },
      at(2),
    )
    expect(changed.figuresChangedAt?.['specialDeductions.elderlyParents']).toBe(at(2).toISOString())
  })
})
