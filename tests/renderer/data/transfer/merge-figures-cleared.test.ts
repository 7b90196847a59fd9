import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredEngineSettings } from '../../../../renderer/data/records'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { freshDatabase } from '../data-helpers'

/**
 * A figure of the engine settings the user cleared on purpose (a base cap of their own, an
 * exchange rate) came back from an older export on merge: the merge filled the "empty" figure
 * from the file, as for a figure never set. As the profile's current pay (merge-pay-removed),
 * the settings keep when each figure was last set, changed or cleared (`figuresChangedAt`),
 * and the figure changed last, or its clearing, stands.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-figures-cleared')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const at = (day: number) => new Date(`2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`)

function exportOf(engine: StoredEngineSettings, version = EXPORT_VERSION) {
  return checkImportText(
    JSON.stringify({
      format: 'tidemark',
      version,
      exportedAt: at(28).toISOString(),
      app: { name: 'Tidemark', version: '0.1.0' },
      data: {
        settings: null,
        profile: null,
        skills: [],
        skillSnapshots: [],
        offers: [],
        journal: [],
        goals: [],
        engineSettings: engine,
        rulesetOverrides: null,
      },
    }),
  )
}

const CAP = { socialInsurance: { baseCapMonthly: 30000, housingFundPercent: 12 } }

describe('saving the engine settings keeps when each figure last changed', () => {
  it('stamps a figure set, changed or cleared, and keeps the stamp while it is not touched', async () => {
    const db = await database()
    const first = await saveEngineSettings(db, { taxYear: 2026 }, at(1))
    expect(first.figuresChangedAt).toBeUndefined()
    const set = await saveEngineSettings(db, { ...CAP, exchangeRates: { USD: 7.2 } }, at(2))
    expect(set.figuresChangedAt).toEqual({
      'socialInsurance.baseCapMonthly': at(2).toISOString(),
      'socialInsurance.housingFundPercent': at(2).toISOString(),
      'exchangeRates.USD': at(2).toISOString(),
    })
    const cleared = await saveEngineSettings(
      db,
      { socialInsurance: { housingFundPercent: 12 }, exchangeRates: { USD: 7.2 }, taxYear: 2027 },
      at(3),
    )
    expect(cleared.socialInsurance.baseCapMonthly).toBeUndefined()
    expect(cleared.figuresChangedAt).toEqual({
      'socialInsurance.baseCapMonthly': at(3).toISOString(),
      'socialInsurance.housingFundPercent': at(2).toISOString(),
      'exchangeRates.USD': at(2).toISOString(),
    })
  })
})

describe('a merge and an engine figure cleared on purpose', () => {
  it('keeps a figure cleared after the file was saved', async () => {
    const db = await database()
    const withCap = await saveEngineSettings(db, CAP, at(2))
    const file = exportOf(withCap)
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 12 } }, at(10))
    const { counts, combined } = await applyImportAt(db, file, 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance.baseCapMonthly).toBeUndefined()
    expect(engine?.socialInsurance.housingFundPercent).toBe(12)
    expect(engine?.figuresChangedAt?.['socialInsurance.baseCapMonthly']).toBe(at(10).toISOString())
    expect(counts.engineSettings).toMatchObject({ keptNewer: 1, updated: 0 })
    expect(combined.engineSettings).toMatchObject({
      filledFromFile: [],
      figures: { 'removal-kept': ['socialInsurance.baseCapMonthly'] },
    })
  })

  it('keeps it cleared for an older export without stamps (version 3)', async () => {
    const db = await database()
    await saveEngineSettings(db, { ...CAP, exchangeRates: { USD: 7.2, EUR: 7.5 } }, at(2))
    await saveEngineSettings(db, { exchangeRates: { EUR: 7.5 } }, at(10))
    const old = exportOf(
      {
        id: 'engine',
        socialInsurance: { cityPreset: 'auto', baseCapMonthly: 30000, housingFundPercent: 12 },
        specialDeductions: {
          children: 0,
          infants: 0,
          elderlyParentsMonthly: 0,
          continuingEducation: 'none',
          housing: 'none',
          seriousIllnessYearly: 0,
        },
        exchangeRates: { USD: 7.2, EUR: 7.5 },
        marketMood: 'normal',
        taxYear: 2026,
        updatedAt: at(5).toISOString(),
      },
      3,
    )
    const { combined } = await applyImportAt(db, old, 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({ cityPreset: 'auto' })
    expect(engine?.exchangeRates).toEqual({ EUR: 7.5 })
    expect(combined.engineSettings?.figures).toEqual({
      'removal-kept': [
        'socialInsurance.housingFundPercent',
        'socialInsurance.baseCapMonthly',
        'exchangeRates.USD',
      ],
    })
  })

  it('still fills a figure this device never set (a new device’s quick settings)', async () => {
    const db = await database()
    const main = await saveEngineSettings(db, { ...CAP, exchangeRates: { USD: 7.2 } }, at(2))
    await db.engineSettings.clear()
    await saveEngineSettings(db, { marketMood: 'cautious' }, at(10))
    const { combined } = await applyImportAt(db, exportOf(main), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toMatchObject({ baseCapMonthly: 30000, housingFundPercent: 12 })
    expect(engine?.exchangeRates).toEqual({ USD: 7.2 })
    expect(engine?.marketMood).toBe('cautious')
    // The file's stamps come with its figures: a later merge still knows when they were set.
    expect(engine?.figuresChangedAt).toEqual(main.figuresChangedAt)
    expect(combined.engineSettings).toMatchObject({ ratesAdded: ['USD'] })
    expect(combined.engineSettings?.figures).toBeUndefined()
  })

  it('takes the file’s figure set there after it was cleared here', async () => {
    const db = await database()
    await saveEngineSettings(db, CAP, at(2))
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 12 } }, at(3))
    // Later, another change here; the cleared cap keeps its stamp of day 3.
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 10 } }, at(10))
    const file = exportOf({
      id: 'engine',
      socialInsurance: { cityPreset: 'auto', baseCapMonthly: 28000 },
      specialDeductions: {
        children: 0,
        infants: 0,
        elderlyParentsMonthly: 0,
        continuingEducation: 'none',
        housing: 'none',
        seriousIllnessYearly: 0,
      },
      exchangeRates: {},
      marketMood: 'normal',
      taxYear: 2026,
      updatedAt: at(5).toISOString(),
      figuresChangedAt: { 'socialInsurance.baseCapMonthly': at(5).toISOString() },
    })
    const { counts, combined } = await applyImportAt(db, file, 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toMatchObject({ baseCapMonthly: 28000, housingFundPercent: 10 })
    expect(engine?.figuresChangedAt?.['socialInsurance.baseCapMonthly']).toBe(at(5).toISOString())
    expect(counts.engineSettings).toMatchObject({ updated: 1 })
    expect(combined.engineSettings?.figures).toEqual({
      'newer-in-file': ['socialInsurance.baseCapMonthly'],
    })
  })

  it('clears a figure the newer file cleared after it was set here', async () => {
    const db = await database()
    const before = await saveEngineSettings(db, CAP, at(2))
    const file = exportOf({
      ...before,
      socialInsurance: { cityPreset: 'auto', housingFundPercent: 12 },
      updatedAt: at(9).toISOString(),
      figuresChangedAt: {
        ...before.figuresChangedAt,
        'socialInsurance.baseCapMonthly': at(9).toISOString(),
      },
    })
    const { combined } = await applyImportAt(db, file, 'merge')
    expect((await db.engineSettings.get('engine'))?.socialInsurance).toEqual({
      cityPreset: 'auto',
      housingFundPercent: 12,
    })
    expect(combined.engineSettings?.figures).toEqual({
      'removal-taken': ['socialInsurance.baseCapMonthly'],
    })
  })

  it('changes nothing when the same file is merged a second time', async () => {
    const db = await database()
    const file = exportOf(await saveEngineSettings(db, CAP, at(2)))
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 12 } }, at(10))
    await applyImportAt(db, file, 'merge')
    const after = await db.engineSettings.get('engine')
    await applyImportAt(db, file, 'merge')
    expect(await db.engineSettings.get('engine')).toEqual(after)
  })
})
