import OpenCC from 'opencc-js/t2cn'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readAssessmentInput } from '../../../renderer/data/assessment-input'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { saveGoal } from '../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { readJournalRevision } from '../../../renderer/data/repositories/meta'
import { saveOffer } from '../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import {
  clearSample,
  loadSample,
  readSampleState,
  SampleRefused,
  SAMPLE_META_KEY,
} from '../../../renderer/data/sample/sample-profile'
import { SAMPLE_PERSONA } from '../../../renderer/data/sample/sample-persona'
import { startInProcessSearch } from '../../../renderer/data/search/in-process-search'
import { localDate, readSnapshots } from '../../../renderer/data/snapshots'
import { assess, DEFAULT_RULESET } from '../../../renderer/domain'
import { offerSchema } from '../../../renderer/domain/model/offer'
import { profileSchema, skillSchema } from '../../../renderer/domain/model/profile'
import { loadPersona } from '../../helpers/personas'
import { dumpDatabase, freshDatabase, localMoment } from './data-helpers'

let db: TidemarkDatabase
const now = localMoment(2026, 12, 3, 10)
const later = localMoment(2026, 12, 5, 18)

beforeEach(async () => {
  db = await freshDatabase('sample-test')
})

afterEach(async () => {
  await db.delete()
})

/** Every table but the derived ones: the journal's revision only ever rises (the search index
 *  relies on it), and the search index is rebuilt from the journal. */
async function userData() {
  const dump = await dumpDatabase(db)
  delete dump['searchIndex']
  dump['meta'] = (dump['meta'] as { key: string }[]).filter((row) => row.key !== 'journalRevision')
  return dump
}

describe('the sample persona', () => {
  it('is P1 of the personas, with the offers P4 and P5 make to the same profile', () => {
    const withoutPrefix = <T extends { id: string }>(record: T): T => ({
      ...record,
      id: record.id.replace(/^sample-/, ''),
    })
    const p1 = loadPersona('p1')
    expect(profileSchema.parse(SAMPLE_PERSONA.profile.draft)).toEqual(p1.profile)
    expect(
      SAMPLE_PERSONA.skills.map(({ draft }) => skillSchema.parse(withoutPrefix(draft))),
    ).toEqual(expect.arrayContaining(p1.skills))
    expect(SAMPLE_PERSONA.skills).toHaveLength(p1.skills.length)

    const fixtures = (['p1', 'p4', 'p5'] as const).flatMap((name) => loadPersona(name).offers)
    const offers = SAMPLE_PERSONA.offers.map(({ draft: { status: _status, ...offer } }) =>
      offerSchema.parse(withoutPrefix(offer)),
    )
    expect(offers).toEqual(expect.arrayContaining(fixtures))
    expect(offers).toHaveLength(fixtures.length)
  })
})

describe('loading the sample', () => {
  it('names skills, employers and roles in the language it is loaded in', async () => {
    await loadSample(db, 'en', now)
    const english = {
      skills: (await db.skills.toArray()).map((skill) => skill.name).sort(),
      offers: (await db.offers.toArray()).map((offer) => `${offer.company}: ${offer.role}`),
      journal: (await db.journal.toArray()).flatMap((entry) => entry.company ?? []),
    }
    expect(english.skills).toEqual(['Backend and data', 'Deep learning', 'LoRA fine-tuning', 'NLP'])
    expect(english.offers.sort()).toEqual([
      'A big platform: LLM algorithm engineer',
      'An EV maker: LLM algorithm engineer',
      'An LLM startup: Senior LLM algorithm engineer',
    ])
    expect(english.journal.sort()).toEqual(['A big platform', 'An EV maker', 'An LLM startup'])

    await clearSample(db, now)
    await loadSample(db, 'zh-CN', now)
    const chinese = (await db.offers.toArray()).map((offer) => offer.company).sort()
    expect(chinese).toEqual(['某大厂', '某大模型创业公司', '某造车新势力'])
    expect((await db.skills.get('sample-s-dl'))?.name).toBe('深度学习')
    // A journal entry names its employer as the offer it links to does.
    const linked = await db.journal.get('sample-j-interview')
    expect((await db.offers.get(linked?.offerId ?? ''))?.company).toBe(linked?.company)
  })

  it("keeps the persona's own names as one of its languages", () => {
    for (const skill of SAMPLE_PERSONA.skills) expect(skill.name.en).toBe(skill.draft.name)
    for (const offer of SAMPLE_PERSONA.offers) {
      expect(offer.company['zh-CN']).toBe(offer.draft.company)
      expect(offer.role['zh-CN']).toBe(offer.draft.role)
    }
  })

  it('writes the persona with sample ids, a mark, a score history and comes out as P1 does', async () => {
    expect(await readSampleState(db)).toEqual({ loaded: false, canLoad: true })
    await loadSample(db, 'en', now)
    expect(await readSampleState(db)).toEqual({ loaded: true, canLoad: false })

    for (const table of [db.skills, db.offers, db.journal, db.goals]) {
      const ids = await table.toCollection().primaryKeys()
      expect(ids.length).toBeGreaterThan(0)
      for (const id of ids) expect(id).toMatch(/^sample-/)
    }
    expect(await db.meta.get(SAMPLE_META_KEY)).toBeDefined()

    const history = await readSnapshots(db)
    expect(history.map((row) => row.date)).toEqual(
      [56, 42, 21, 0].map((days) => localDate(new Date(2026, 11, 3 - days))),
    )
    expect(history.at(-1)?.tier).toBe('premium')
    expect(history[0]?.score).toBeLessThan(history.at(-1)?.score ?? 0)

    const { input } = await readAssessmentInput(db)
    const result = assess(input, DEFAULT_RULESET)
    expect(result.skills.tier).toBe('premium')
    const risk = Object.fromEntries(
      result.offers.map((offer) => [offer.offerId, offer.ok ? offer.risk.level : null]),
    )
    expect(risk['sample-o-ev-maker']).toBe('medium')
    expect(['low', 'medium']).toContain(risk['sample-o-big-platform'])
    expect(risk['sample-o-four-steps']).toBe('high')
    for (const offer of await db.offers.toArray()) {
      expect(offer.deadline ?? '').toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect((offer.deadline ?? '') > localDate(now)).toBe(true)
    }
  })

  it('writes the journal in the chosen language and tells the search index', async () => {
    const search = startInProcessSearch(db, OpenCC.Converter({ from: 'tw', to: 'cn' }))
    await search.ready
    await loadSample(db, 'zh-CN', now)
    const entry = await db.journal.get('sample-j-learning')
    expect(entry?.title).toBe('复现 QLoRA 的微调实验')
    expect((await search.search('QLoRA')).hits.map((hit) => hit.id)).toContain('sample-j-learning')
    await clearSample(db, later)
    expect((await search.search('QLoRA')).hits).toEqual([])
    search.close()
  })

  it('refuses to load over the user’s own data, and writes nothing', async () => {
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 2 }, now)
    const before = await dumpDatabase(db)
    await expect(loadSample(db, 'en', now)).rejects.toBeInstanceOf(SampleRefused)
    expect(await dumpDatabase(db)).toEqual(before)
    expect(await readSampleState(db)).toEqual({ loaded: false, canLoad: false })
  })
})

describe('clearing the sample', () => {
  it('leaves the database as it was before loading', async () => {
    // What a user may have before the sample is offered: settings of their own, a journal
    // entry, rule changes and a score history (a skill added then removed long ago).
    await saveRulesetOverrides(db, {}, localMoment(2026, 9, 1))
    await saveJournalEntry(
      db,
      { kind: 'reflection', date: '2026-11-30', title: 'Thinking about a move' },
      localMoment(2026, 11, 30),
    )
    await db.skillSnapshots.put({
      date: localDate(new Date(2026, 11, 3 - 42)),
      score: 12,
      tier: 'emerging',
      levels: { 'cs-data-foundations': 2 },
      rulesetVersion: DEFAULT_RULESET.version,
    })
    const before = await userData()
    const revisionBefore = await readJournalRevision(db)

    await loadSample(db, 'en', now)
    expect(await userData()).not.toEqual(before)
    const cleared = await clearSample(db, later)

    expect(cleared).toEqual({
      skills: 4,
      offers: 3,
      journal: 4,
      goals: 1,
      kept: 0,
      profile: 'removed',
    })
    expect(await userData()).toEqual(before)
    expect(await readJournalRevision(db)).toBeGreaterThan(revisionBefore)
    expect(await readSampleState(db)).toEqual({ loaded: false, canLoad: true })
  })

  it('keeps what the user added after loading, without its links to the sample', async () => {
    await loadSample(db, 'en', now)
    const skill = await saveSkill(
      db,
      { name: 'Megatron-LM', domain: 'llm-training', level: 3, evidence: ['production'] },
      later,
    )
    const offer = await saveOffer(
      db,
      {
        company: 'Research lab',
        employerKind: 'research-institute',
        pay: { base: { kind: 'text', text: '年薪 90 万' } },
      },
      later,
    )
    const entry = await saveJournalEntry(
      db,
      {
        kind: 'interview',
        date: '2026-12-05',
        title: 'Lab interview',
        skillIds: ['sample-s-nlp', skill.id],
        evidence: [{ skillId: 'sample-s-nlp', kind: 'paper' }],
        offerId: 'sample-o-ev-maker',
      },
      later,
    )
    const goal = await saveGoal(
      db,
      {
        title: 'Ship a distillation project',
        targetDate: '2027-03-01',
        skillIds: ['sample-s-dl', skill.id],
        target: { kind: 'skill-level', skillId: 'sample-s-dl', level: 4 },
      },
      later,
    )

    await clearSample(db, later)

    expect(await db.skills.toArray()).toEqual([skill])
    expect(await db.offers.toArray()).toEqual([offer])
    const { offerId: _unlinked, ...entryFields } = entry
    expect(await db.journal.toArray()).toEqual([
      { ...entryFields, skillIds: [skill.id], evidence: [], updatedAt: later.toISOString() },
    ])
    const goals = await db.goals.toArray()
    expect(goals).toHaveLength(1)
    expect(goals[0]).toMatchObject({ id: goal.id, skillIds: [skill.id] })
    expect(goals[0]?.target).toBeUndefined()
    expect(await db.profile.get('me')).toBeUndefined()

    // The score history keeps no sample day; today's point is the user's own skill alone.
    const history = await readSnapshots(db)
    expect(history.map((row) => row.date)).toEqual([localDate(later)])
    expect(history[0]?.levels).toEqual({ 'llm-training': 3 })
  })

  it("keeps a sample record the user changed, as the user's own, with the links to it", async () => {
    const search = startInProcessSearch(db, OpenCC.Converter({ from: 'tw', to: 'cn' }))
    await search.ready
    await loadSample(db, 'zh-CN', now)
    const interview = await db.journal.get('sample-j-interview')
    if (!interview) throw new Error('the sample has its interview')
    // The user writes on in the sample's interview, and levels up the sample's fine-tuning.
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = interview
    await saveJournalEntry(
      db,
      { ...fields, id: interview.id, body: `${interview.body}\n我自己补充：问了 KV cache。` },
      later,
    )
    const fineTuning = await db.skills.get('sample-s-ft')
    if (!fineTuning) throw new Error('the sample has its fine-tuning skill')
    const { createdAt: _c, updatedAt: _u, ...skillFields } = fineTuning
    await saveSkill(db, { ...skillFields, level: 3 }, later)

    const cleared = await clearSample(db, later)

    expect(cleared).toMatchObject({ skills: 3, offers: 3, journal: 3, goals: 1, kept: 2 })
    const [entry, ...others] = await db.journal.toArray()
    expect(others).toEqual([])
    expect(entry?.id).not.toMatch(/^sample-/)
    expect(entry?.body).toContain('我自己补充')
    const [skill, ...otherSkills] = await db.skills.toArray()
    expect(otherSkills).toEqual([])
    expect(skill).toMatchObject({ name: 'LoRA 微调', level: 3 })
    expect(skill?.id).not.toMatch(/^sample-/)
    // The entry's link to the kept skill follows its new id; the removed ones and the offer go.
    expect(entry?.skillIds).toEqual([skill?.id])
    expect(entry?.offerId).toBeUndefined()
    expect(await readSampleState(db)).toEqual({ loaded: false, canLoad: false })
    // The search finds the kept entry under its new id, and nothing the sample took away.
    expect((await search.search('补充')).hits.map((hit) => hit.id)).toEqual([entry?.id])
    expect((await search.search('QLoRA')).hits).toEqual([])
    search.close()
  })

  it('keeps the profile once the user has changed it', async () => {
    await loadSample(db, 'en', now)
    const mine = await saveProfile(
      db,
      { ...SAMPLE_PERSONA.profile.draft, city: '上海', yearsOfExperience: 5 },
      later,
    )
    expect(await clearSample(db, later)).toMatchObject({ profile: 'kept' })
    expect(await db.profile.get('me')).toEqual(mine)
    expect(await db.skills.count()).toBe(0)
    expect((await readSnapshots(db)).map((row) => row.date)).toEqual([localDate(later)])
  })
})
