import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { NEUTRAL_PROFILE } from '../../../renderer/data/assessment-input'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import type { StoredSkill } from '../../../renderer/data/records'
import { deleteJournalEntry, saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { saveProfile } from '../../../renderer/data/repositories/profile'
import {
  clearRulesetOverrides,
  saveRulesetOverrides,
} from '../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill, type SkillDraft } from '../../../renderer/data/repositories/skills'
import { readRulesetInUse } from '../../../renderer/data/ruleset-in-use'
import { localDate, readSnapshots } from '../../../renderer/data/snapshots'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'
import { withOverrides, type RulesetOverrides } from '../../../renderer/domain/ruleset/overrides'
import type { Ruleset } from '../../../renderer/domain/ruleset/ruleset-schema'
import { scoreSkills } from '../../../renderer/domain/skills/score-skills'
import { loadPersona } from '../../helpers/personas'
import { dumpDatabase, expectRefused, freshDatabase, localMoment, without } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('snapshot-test')
})

afterEach(async () => {
  await db.delete()
})

/** The score the engine gives these stored skills (no journal evidence), rounded as stored. */
function engineScore(skills: readonly StoredSkill[], ruleset: Ruleset = DEFAULT_RULESET) {
  const plain = skills.map((skill) => without(skill, 'createdAt', 'updatedAt', 'lastUsed'))
  const score = scoreSkills(NEUTRAL_PROFILE, plain, ruleset)
  return { score: Math.round(score.score * 10) / 10, tier: score.tier }
}

function applied(overrides: RulesetOverrides): Ruleset {
  const result = withOverrides(DEFAULT_RULESET, overrides)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.ruleset
}

const training: SkillDraft = {
  name: 'Megatron-LM',
  domain: 'llm-training',
  level: 3,
  evidence: ['production'],
}
const nlp: SkillDraft = { name: 'NLP', domain: 'nlp', level: 2, evidence: ['course'] }

describe('saving a skill records the day’s snapshot', () => {
  it('dates the snapshot by the local date of `now`, with the engine’s score', async () => {
    const now = localMoment(2026, 3, 14, 23, 50)
    const skill = await saveSkill(db, training, now)
    const snapshots = await readSnapshots(db)
    expect(snapshots).toEqual([
      {
        date: '2026-03-14',
        ...engineScore([skill]),
        levels: { 'llm-training': 3 },
        rulesetVersion: DEFAULT_RULESET.version,
      },
    ])
    expect(snapshots[0]?.score).toBeGreaterThan(0)
  })

  it('keeps one row for two saves on the same day, the last one winning', async () => {
    const first = await saveSkill(db, training, localMoment(2026, 3, 14, 8))
    const firstScore = engineScore([first]).score
    const second = await saveSkill(db, nlp, localMoment(2026, 3, 14, 19, 30))
    const lastScore = engineScore([first, second]).score
    expect(lastScore).not.toBe(firstScore)

    const snapshots = await readSnapshots(db)
    expect(snapshots).toHaveLength(1)
    expect(snapshots[0]).toMatchObject({
      date: '2026-03-14',
      score: lastScore,
      levels: { 'llm-training': 3, nlp: 2 },
    })
  })

  it('keeps a row for each day, oldest first, each with that day’s score', async () => {
    const first = await saveSkill(db, training, localMoment(2026, 3, 14, 23, 59))
    const second = await saveSkill(db, nlp, localMoment(2026, 3, 15, 0, 1))
    const snapshots = await readSnapshots(db)
    expect(snapshots.map((row) => [row.date, row.score])).toEqual([
      ['2026-03-14', engineScore([first]).score],
      ['2026-03-15', engineScore([first, second]).score],
    ])
    expect((await readSnapshots(db, '2026-03-15')).map((row) => row.date)).toEqual(['2026-03-15'])
  })

  it('counts a profile saved earlier (its modifiers change the score)', async () => {
    const skill = await saveSkill(db, training, localMoment(2026, 3, 14))
    const skillsOnly = (await readSnapshots(db))[0]?.score
    const profile = loadPersona('p2').profile
    await saveProfile(db, profile, localMoment(2026, 3, 14, 13))
    const plain = without(skill, 'createdAt', 'updatedAt')
    const expected = Math.round(scoreSkills(profile, [plain], DEFAULT_RULESET).score * 10) / 10
    expect(expected).not.toBe(skillsOnly)
    expect((await readSnapshots(db))[0]?.score).toBe(expected)
  })
})

describe('the local date', () => {
  const original = process.env['TZ']
  beforeAll(() => {
    process.env['TZ'] = 'Asia/Shanghai'
  })
  afterAll(() => {
    if (original === undefined) delete process.env['TZ']
    else process.env['TZ'] = original
  })

  it('is the user’s calendar day, not the UTC one (a late edit in Beijing is the next day in UTC terms)', async () => {
    const now = new Date('2026-03-14T20:30:00.000Z') // 04:30 on the 15th in Beijing
    expect(now.getTimezoneOffset()).toBe(-480) // the zone really is in effect
    expect(localDate(now)).toBe('2026-03-15')
    await saveSkill(db, training, now)
    expect((await readSnapshots(db)).map((row) => row.date)).toEqual(['2026-03-15'])
  })
})

describe('journal evidence and the evidence cap', () => {
  it('an entry marked as evidence lifts an unevidenced level 4 from the cap to 4, and deleting it drops it again', async () => {
    const cap = DEFAULT_RULESET.evidenceCap.maxLevelWithoutEvidence
    const day = localMoment(2026, 5, 20, 10)
    const skill = await saveSkill(db, { ...training, level: 4, evidence: [] }, day)
    const capped = (await readSnapshots(db))[0]
    expect(capped?.levels['llm-training']).toBe(cap)
    expect(cap).toBeLessThan(4)

    const entry = await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-05-20',
        title: 'Trained a 7B model',
        skillIds: [skill.id],
        evidence: [{ skillId: skill.id, kind: 'production' }],
      },
      localMoment(2026, 5, 20, 11),
    )
    const lifted = (await readSnapshots(db))[0]
    expect(lifted?.levels['llm-training']).toBe(4)
    expect(lifted?.score).toBe(engineScore([{ ...skill, evidence: ['production'] }]).score)
    expect(lifted?.score).toBeGreaterThan(capped?.score ?? Infinity)
    expect(lifted?.tier).toBe(engineScore([{ ...skill, evidence: ['production'] }]).tier)

    await deleteJournalEntry(db, entry.id, localMoment(2026, 5, 20, 12))
    expect((await readSnapshots(db))[0]).toEqual(capped)
  })

  it('removing the evidence from an entry by an update drops the level back to the cap', async () => {
    const day = localMoment(2026, 5, 20, 10)
    const skill = await saveSkill(db, { ...training, level: 4, evidence: [] }, day)
    const entry = await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-05-20',
        title: 'Trained a 7B model',
        skillIds: [skill.id],
        evidence: [{ skillId: skill.id, kind: 'paper' }],
      },
      day,
    )
    expect((await readSnapshots(db))[0]?.levels['llm-training']).toBe(4)
    const draft = without(entry, 'createdAt', 'updatedAt')
    await saveJournalEntry(db, { ...draft, evidence: [] }, localMoment(2026, 5, 20, 18))
    expect((await readSnapshots(db))[0]?.levels['llm-training']).toBe(
      DEFAULT_RULESET.evidenceCap.maxLevelWithoutEvidence,
    )
  })

  it('a journal entry without evidence records no snapshot', async () => {
    await saveJournalEntry(
      db,
      { kind: 'learning', date: '2026-05-20', title: 'Notes' },
      localMoment(2026, 5, 20),
    )
    expect(await readSnapshots(db)).toEqual([])
  })
})

describe('ruleset overrides', () => {
  const heavierS: RulesetOverrides = { scoring: { classMaxPoints: { S: 80 } } }

  it('stores accepted overrides, and the ruleset in use applies them', async () => {
    const now = localMoment(2026, 6, 1)
    await saveRulesetOverrides(db, heavierS, now)
    expect(await db.rulesetOverrides.toArray()).toEqual([
      { id: 'overrides', overrides: heavierS, updatedAt: now.toISOString() },
    ])
    const inUse = await readRulesetInUse(db)
    expect(inUse.overrides).toEqual(heavierS)
    expect(inUse.overrideIssues).toEqual([])
    expect(inUse.ruleset.scoring.classMaxPoints['S']).toBe(80)
    expect(inUse.ruleset.scoring.classMaxPoints['A']).toBe(
      DEFAULT_RULESET.scoring.classMaxPoints['A'],
    )
  })

  it('change the score recorded for today, and clearing them restores it', async () => {
    const skill = await saveSkill(db, training, localMoment(2026, 6, 1, 9))
    const before = (await readSnapshots(db))[0]?.score
    expect(before).toBe(engineScore([skill]).score)

    await saveRulesetOverrides(db, heavierS, localMoment(2026, 6, 1, 10))
    const after = (await readSnapshots(db))[0]?.score
    expect(after).toBe(engineScore([skill], applied(heavierS)).score)
    expect(after).toBeGreaterThan(before ?? Infinity)

    await clearRulesetOverrides(db, localMoment(2026, 6, 1, 11))
    expect(await db.rulesetOverrides.count()).toBe(0)
    expect((await readSnapshots(db))[0]?.score).toBe(before)
  })

  it('a new skill saved later is scored with the stored overrides', async () => {
    await saveRulesetOverrides(db, heavierS, localMoment(2026, 6, 1, 8))
    const skill = await saveSkill(db, training, localMoment(2026, 6, 2, 9))
    const row = (await readSnapshots(db, '2026-06-02'))[0]
    expect(row?.score).toBe(engineScore([skill], applied(heavierS)).score)
  })

  it('refuses an override that breaks a rule, naming it, and keeps the stored overrides and snapshot', async () => {
    await saveSkill(db, training, localMoment(2026, 6, 1, 9))
    await saveRulesetOverrides(db, heavierS, localMoment(2026, 6, 1, 10))
    const stored = await dumpDatabase(db)

    await expectRefused(
      db,
      () =>
        saveRulesetOverrides(
          db,
          { scoring: { classMaxPoints: { S: -5 } } },
          localMoment(2026, 6, 1, 11),
        ),
      'scoring.classMaxPoints.S',
    )
    await expectRefused(
      db,
      () =>
        saveRulesetOverrides(
          db,
          { tiers: [{ id: 'mid', raiseBand: { low: 0.5, high: 0.1 } }] },
          localMoment(2026, 6, 1, 12),
        ),
      'tiers',
    )
    expect(await dumpDatabase(db)).toEqual(stored)
    expect((await readRulesetInUse(db)).overrides).toEqual(heavierS)
  })
})
