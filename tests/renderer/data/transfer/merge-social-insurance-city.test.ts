import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredEngineSettings, StoredProfile } from '../../../../renderer/data/records'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import {
  EXPORT_VERSION,
  type ExportData,
  type ExportDocument,
} from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { dumpDatabase, freshDatabase } from '../data-helpers'

/**
 * Review 19, finding 16: with "each job's own city" (cityPreset auto) on both sides, a merge
 * filled this device's social-insurance figures from a file whose profile names another city:
 * figures that stand for that city's rules. They are taken only where the two profiles name
 * the same city; otherwise the figures of the city that stands in the merged profile are kept
 * whole, and the result says so.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-si-city')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const FILE_AT = '2026-11-01T08:00:00.000Z'
const HERE_AT = new Date('2026-11-20T09:00:00.000Z')

const profileFields = {
  education: 'master',
  yearsOfExperience: 8,
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
} as const

/** The file's profile: it works in Shenzhen. */
const fileProfile: StoredProfile = {
  id: 'me',
  ...profileFields,
  phdInField: false,
  city: '深圳',
  leadership: { businessLine: false, team: false, openSource: false },
  updatedAt: FILE_AT,
}

/** The file's engine settings: Shenzhen's pension and housing fund as the user set them. */
const fileEngine: StoredEngineSettings = {
  id: 'engine',
  socialInsurance: { cityPreset: 'auto', pensionPercent: 8, housingFundPercent: 5 },
  specialDeductions: {
    children: 0,
    infants: 0,
    elderlyParentsMonthly: 0,
    continuingEducation: 'none',
    housing: 'none',
    seriousIllnessYearly: 0,
  },
  exchangeRates: { USD: 7.2 },
  marketMood: 'normal',
  taxYear: 2026,
  updatedAt: FILE_AT,
}

function fileExport(data: Partial<ExportData> = {}): ExportDocument {
  return checkImportText(
    JSON.stringify({
      format: 'tidemark',
      version: EXPORT_VERSION,
      exportedAt: FILE_AT,
      app: { name: 'Tidemark', version: '0.1.0' },
      data: {
        settings: null,
        profile: fileProfile,
        skills: [],
        skillSnapshots: [],
        offers: [],
        journal: [],
        goals: [],
        engineSettings: fileEngine,
        rulesetOverrides: null,
        ...data,
      },
    }),
  )
}

/** This device: a profile in Beijing and one figure of Beijing's set, after the file. */
async function beijingHere(db: TidemarkDatabase, city = '北京') {
  await saveProfile(db, { ...profileFields, city }, HERE_AT)
  await saveEngineSettings(db, { socialInsurance: { baseCapMonthly: 35000 } }, HERE_AT)
}

describe('a merge takes social-insurance figures only from a profile in the same city', () => {
  it('keeps this device’s figures whole when the file’s profile names another city (finding 16)', async () => {
    const db = await database()
    await beijingHere(db)
    const { counts, combined } = await applyImportAt(db, fileExport(), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({ cityPreset: 'auto', baseCapMonthly: 35000 })
    // The rest still combines: the file's USD rate fills in.
    expect(engine?.exchangeRates).toEqual({ USD: 7.2 })
    expect(counts.engineSettings).toMatchObject({ updated: 1 })
    expect(combined.engineSettings).toMatchObject({
      filledFromFile: [],
      ratesAdded: ['USD'],
      socialInsuranceCity: { kept: 'stored', storedCity: '北京', fileCity: '深圳' },
    })
  })

  it('says so even when nothing else is taken from the file', async () => {
    const db = await database()
    await beijingHere(db)
    const { counts, combined } = await applyImportAt(
      db,
      fileExport({ engineSettings: { ...fileEngine, exchangeRates: {} } }),
      'merge',
    )
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({ cityPreset: 'auto', baseCapMonthly: 35000 })
    expect(counts.engineSettings).toMatchObject({ updated: 0, keptNewer: 1 })
    expect(combined.engineSettings).toMatchObject({
      socialInsuranceCity: { kept: 'stored', storedCity: '北京', fileCity: '深圳' },
    })
  })

  it('keeps this device’s figures though the file’s settings are newer, while its profile stands', async () => {
    const db = await database()
    await saveProfile(db, { ...profileFields, city: '北京' }, new Date('2026-11-25T00:00:00Z'))
    await saveEngineSettings(db, { socialInsurance: { baseCapMonthly: 35000 } }, HERE_AT)
    const newerFile: StoredEngineSettings = {
      ...fileEngine,
      marketMood: 'cautious',
      updatedAt: '2026-11-22T00:00:00.000Z',
    }
    const { combined } = await applyImportAt(db, fileExport({ engineSettings: newerFile }), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({ cityPreset: 'auto', baseCapMonthly: 35000 })
    // The file's newer settings stand otherwise.
    expect(engine?.marketMood).toBe('cautious')
    expect(combined.engineSettings).toMatchObject({
      socialInsuranceCity: { kept: 'stored', storedCity: '北京', fileCity: '深圳' },
    })
  })

  it('takes the file’s figures whole when the file’s profile (newer) brings its city', async () => {
    const db = await database()
    await saveProfile(db, { ...profileFields, city: '北京' }, new Date('2026-10-01T00:00:00Z'))
    await saveEngineSettings(db, { socialInsurance: { baseCapMonthly: 35000 } }, HERE_AT)
    const { combined } = await applyImportAt(
      db,
      fileExport({ profile: { ...fileProfile, updatedAt: '2026-11-25T00:00:00.000Z' } }),
      'merge',
    )
    expect((await db.profile.get('me'))?.city).toBe('深圳')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual(fileEngine.socialInsurance)
    expect(combined.engineSettings).toMatchObject({
      socialInsuranceCity: { kept: 'file', storedCity: '北京', fileCity: '深圳' },
    })
  })

  it('fills figure by figure where both profiles name the same city, however written', async () => {
    const db = await database()
    await beijingHere(db, 'Beijing')
    const { combined } = await applyImportAt(
      db,
      fileExport({ profile: { ...fileProfile, city: '北京市' } }),
      'merge',
    )
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({
      cityPreset: 'auto',
      baseCapMonthly: 35000,
      pensionPercent: 8,
      housingFundPercent: 5,
    })
    expect(combined.engineSettings?.socialInsuranceCity).toBeUndefined()
  })

  it('fills as before where this device has no profile (no city named)', async () => {
    const db = await database()
    await saveEngineSettings(db, { socialInsurance: { baseCapMonthly: 35000 } }, HERE_AT)
    await applyImportAt(db, fileExport(), 'merge')
    expect((await db.engineSettings.get('engine'))?.socialInsurance).toEqual({
      cityPreset: 'auto',
      baseCapMonthly: 35000,
      pensionPercent: 8,
      housingFundPercent: 5,
    })
  })

  it('says nothing where the two copies’ figures are the same', async () => {
    const db = await database()
    await saveProfile(db, { ...profileFields, city: '北京' }, HERE_AT)
    await saveEngineSettings(db, { socialInsurance: fileEngine.socialInsurance }, HERE_AT)
    const { combined } = await applyImportAt(db, fileExport(), 'merge')
    expect(combined.engineSettings?.socialInsuranceCity).toBeUndefined()
  })

  it('changes nothing when the same file is merged a second time', async () => {
    for (const profileAt of ['2026-10-01T00:00:00.000Z', '2026-11-25T00:00:00.000Z']) {
      const db = await database()
      await beijingHere(db)
      const file = fileExport({ profile: { ...fileProfile, updatedAt: profileAt } })
      await applyImportAt(db, file, 'merge')
      const records = async () => ({ ...(await dumpDatabase(db)), meta: null })
      const after = await records()
      const again = await applyImportAt(db, file, 'merge')
      expect(await records()).toEqual(after)
      expect(again.counts.engineSettings).toMatchObject({ updated: 0 })
    }
  })
})
