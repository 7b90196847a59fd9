import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredEngineSettings, StoredProfile } from '../../../../renderer/data/records'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import type { ExportData, ExportDocument } from '../../../../renderer/data/transfer/export-format'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { combineFields } from '../../../../renderer/data/transfer/merge-one-row'
import { TransferCancelled } from '../../../../renderer/data/transfer/progress'
import { dumpDatabase, freshDatabase } from '../data-helpers'

/**
 * A merge combines the one-row records field by field (new-user trial): a quick profile saved
 * on a new device, with no pay, keeps the file's pay; one tax figure set here keeps the file's
 * exchange rates. The newer copy still wins where both have a value.
 */

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('merge-one-row')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const FILE_AT = '2026-11-01T08:00:00.000Z'
/** After the file was written: what the user saves on the new device. */
const HERE_AT = new Date('2026-11-20T09:00:00.000Z')

/** The main machine's profile: 45k × 14 months and 2 months' year-end bonus. */
const mainProfile: StoredProfile = {
  id: 'me',
  education: 'master',
  phdInField: false,
  yearsOfExperience: 8,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: false, team: true, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 45000, high: 45000 }, months: 14 },
    yearEndBonus: { kind: 'months', months: 2 },
  },
  updatedAt: FILE_AT,
}

const mainEngine: StoredEngineSettings = {
  id: 'engine',
  socialInsurance: { cityPreset: 'auto', pensionPercent: 8 },
  specialDeductions: {
    children: 1,
    infants: 0,
    elderlyParentsMonthly: 0,
    continuingEducation: 'none',
    housing: 'none',
    seriousIllnessYearly: 0,
  },
  exchangeRates: { USD: 7.2, EUR: 7.5 },
  marketMood: 'normal',
  taxYear: 2026,
  updatedAt: FILE_AT,
}

/** The main machine's export: a profile and engine settings, through the import's own check. */
function mainExport(data: Partial<ExportData> = {}): ExportDocument {
  const document = {
    format: 'tidemark',
    version: 2,
    exportedAt: FILE_AT,
    app: { name: 'Tidemark', version: '0.1.0' },
    data: {
      settings: null,
      profile: mainProfile,
      skills: [],
      skillSnapshots: [],
      offers: [],
      journal: [],
      goals: [],
      engineSettings: mainEngine,
      rulesetOverrides: null,
      ...data,
    },
  }
  return checkImportText(JSON.stringify(document))
}

/** The trial's quick profile on a fresh device: city and years, no pay. */
async function quickProfile(db: TidemarkDatabase) {
  return saveProfile(
    db,
    {
      education: 'master',
      yearsOfExperience: 3,
      city: '上海',
      currentEmployer: 'big-tech',
      roleFamily: 'algorithm',
      stability: 'stable',
    },
    HERE_AT,
  )
}

describe('a merge combines the profile field by field', () => {
  it('keeps the newer quick profile and takes the pay it left empty from the file (trial)', async () => {
    const db = await database()
    await quickProfile(db)
    const { counts, combined } = await applyImportAt(db, mainExport(), 'merge')
    const profile = await db.profile.get('me')
    expect(profile?.currentPay).toEqual(mainProfile.currentPay)
    // Both have a value: the newer (this device's) stands.
    expect(profile).toMatchObject({ city: '上海', yearsOfExperience: 3 })
    expect(profile?.leadership).toEqual({ businessLine: false, team: false, openSource: false })
    // Kept, but filled: a change, counted as one.
    expect(counts.profile).toMatchObject({ updated: 1, keptNewer: 0, added: 0, unchanged: 0 })
    expect(combined.profile).toEqual({
      filledFromFile: ['currentPay'],
      ratesAdded: [],
      keptFromStored: [],
      ratesKept: [],
    })
    // A save of its own, after both copies.
    expect(Date.parse(profile?.updatedAt ?? '')).toBeGreaterThan(HERE_AT.getTime())
  })

  it('takes the newer file’s fields where both have one, and keeps the stored pay it lacks', async () => {
    const db = await database()
    const { id: _id, updatedAt: _at, ...fields } = mainProfile
    await saveProfile(db, { ...fields, city: '杭州' }, new Date('2026-10-01T00:00:00Z'))
    const newerFile = { ...mainProfile, city: '深圳', updatedAt: HERE_AT.toISOString() }
    delete newerFile.currentPay
    const { counts, combined } = await applyImportAt(
      db,
      mainExport({ profile: newerFile }),
      'merge',
    )
    const profile = await db.profile.get('me')
    expect(profile?.city).toBe('深圳')
    expect(profile?.currentPay).toEqual(mainProfile.currentPay)
    expect(counts.profile).toMatchObject({ updated: 1, keptNewer: 0 })
    expect(combined.profile).toMatchObject({ keptFromStored: ['currentPay'], filledFromFile: [] })
  })

  it('changes nothing when the same file is merged a second time', async () => {
    const db = await database()
    await quickProfile(db)
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 12 } }, HERE_AT)
    await applyImportAt(db, mainExport(), 'merge')
    // Every import moves the journal's revision (the search index is rebuilt): not a record.
    const records = async () => ({ ...(await dumpDatabase(db)), meta: null })
    const after = await records()
    const again = await applyImportAt(db, mainExport(), 'merge')
    expect(await records()).toEqual(after)
    // Nothing taken; the file's social-insurance figures, for another city, are still not.
    expect(again.combined).toEqual({
      engineSettings: {
        filledFromFile: [],
        ratesAdded: [],
        keptFromStored: [],
        ratesKept: [],
        socialInsuranceCity: { kept: 'stored', storedCity: '上海', fileCity: '北京' },
      },
    })
    expect(again.counts.profile).toMatchObject({ updated: 0, keptNewer: 1 })
    expect(again.counts.engineSettings).toMatchObject({ updated: 0, keptNewer: 1 })
  })

  it('leaves a replace as it was: the file’s profile, whole', async () => {
    const db = await database()
    await quickProfile(db)
    await applyImportAt(db, mainExport(), 'replace')
    expect(await db.profile.get('me')).toEqual(mainProfile)
  })

  it('writes the combined record in the one transaction: a cancel leaves the stored copy', async () => {
    const db = await database()
    const stored = await quickProfile(db)
    const controller = new AbortController()
    controller.abort()
    await expect(
      applyImportAt(db, mainExport(), 'merge', { signal: controller.signal }),
    ).rejects.toBeInstanceOf(TransferCancelled)
    expect(await db.profile.get('me')).toEqual(stored)
  })
})

describe('a merge combines the engine settings field by field', () => {
  it('keeps one tax figure set here and adds the file’s exchange rates (trial)', async () => {
    const db = await database()
    await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 12 } }, HERE_AT)
    const { counts, combined } = await applyImportAt(db, mainExport(), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.exchangeRates).toEqual({ USD: 7.2, EUR: 7.5 })
    // The figure set here stands; the file's other figure for the same preset fills in.
    expect(engine?.socialInsurance).toEqual({
      cityPreset: 'auto',
      housingFundPercent: 12,
      pensionPercent: 8,
    })
    // Both have a value (the default 0 here, 1 in the file): the newer's.
    expect(engine?.specialDeductions.children).toBe(0)
    expect(counts.engineSettings).toMatchObject({ updated: 1, keptNewer: 0 })
    expect(combined.engineSettings).toEqual({
      filledFromFile: ['socialInsurance.pensionPercent'],
      ratesAdded: ['USD', 'EUR'],
      keptFromStored: [],
      ratesKept: [],
    })
  })

  it('keeps the newer rate for a currency both have, and adds the ones only the file has', async () => {
    const db = await database()
    await saveEngineSettings(db, { exchangeRates: { EUR: 7.8, GBP: 9.1 } }, HERE_AT)
    const { combined } = await applyImportAt(db, mainExport(), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.exchangeRates).toEqual({ EUR: 7.8, GBP: 9.1, USD: 7.2 })
    expect(combined.engineSettings?.ratesAdded).toEqual(['USD'])
  })

  it('does not mix social insurance figures of two city presets', async () => {
    const db = await database()
    await saveEngineSettings(db, { socialInsurance: { cityPreset: 'shanghai' } }, HERE_AT)
    await applyImportAt(db, mainExport(), 'merge')
    const engine = await db.engineSettings.get('engine')
    expect(engine?.socialInsurance).toEqual({ cityPreset: 'shanghai' })
    expect(engine?.exchangeRates).toEqual({ USD: 7.2, EUR: 7.5 })
  })

  it('keeps the newer copy whole when the combined record would not be valid', async () => {
    const db = await database()
    // Here a cap of 20,000; the file has a floor of 30,000 for the same preset: combined,
    // the floor would exceed the cap, which the schema refuses.
    const stored = await saveEngineSettings(
      db,
      { socialInsurance: { baseCapMonthly: 20000 } },
      HERE_AT,
    )
    const file = mainExport({
      engineSettings: {
        ...mainEngine,
        socialInsurance: { cityPreset: 'auto', baseFloorMonthly: 30000 },
      },
    })
    const { counts, combined } = await applyImportAt(db, file, 'merge')
    expect(await db.engineSettings.get('engine')).toEqual(stored)
    expect(counts.engineSettings).toMatchObject({ updated: 0, keptNewer: 1 })
    expect(combined).toEqual({})
  })
})

describe('a merge of list tables is untouched', () => {
  it('keeps a newer stored skill whole, an empty note and all', async () => {
    const db = await database()
    const skill = await saveSkill(db, { name: 'vLLM', domain: 'nlp', level: 3 }, HERE_AT)
    const older = { ...skill, level: 2, note: 'from the file', updatedAt: FILE_AT }
    const { counts } = await applyImportAt(
      db,
      mainExport({ profile: null, engineSettings: null, skills: [older] }),
      'merge',
    )
    expect(await db.skills.get(skill.id)).toEqual(skill)
    expect(counts.skills).toMatchObject({ keptNewer: 1, updated: 0 })
  })
})

describe('combineFields', () => {
  const rule = { keyed: ['rates'], nested: {} }

  it('fills a field the newer copy leaves null or undefined, and a map it lacks, key by key', () => {
    expect(
      combineFields({ a: null, b: undefined, c: 1 }, { a: 2, b: 3, c: 4, rates: { USD: 7 } }, rule),
    ).toEqual({
      record: { a: 2, b: 3, c: 1, rates: { USD: 7 } },
      filled: ['a', 'b'],
      keysAdded: { rates: ['USD'] },
    })
  })

  it('says nothing was added when the older copy has nothing the newer lacks', () => {
    expect(combineFields({ a: 1, rates: { USD: 7 } }, { a: 2, b: null, rates: {} }, rule)).toBe(
      null,
    )
  })
})
