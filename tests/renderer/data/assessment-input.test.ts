import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  buildAssessmentInput,
  NEUTRAL_PROFILE,
  readAssessmentInput,
  readAssessmentSources,
  readSkillLinkedEntries,
} from '../../../renderer/data/assessment-input'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { saveEngineSettings } from '../../../renderer/data/repositories/engine-settings'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { saveOffer } from '../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import { assess } from '../../../renderer/domain/assess'
import type { AssessmentInput } from '../../../renderer/domain/model/assessment-input'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'
import { loadPersona, PERSONAS } from '../../helpers/personas'
import { freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('assessment-input-test')
})

afterEach(async () => {
  await db.delete()
})

const NOW = new Date('2026-09-01T10:00:00.000Z')

/** Saves a persona the way the screens would: one repository call per record. */
async function savePersona(persona: AssessmentInput): Promise<void> {
  await saveProfile(db, persona.profile, NOW)
  for (const skill of persona.skills) await saveSkill(db, skill, NOW)
  for (const offer of persona.offers) await saveOffer(db, offer, NOW)
  for (const event of persona.journal) await saveJournalEntry(db, event, NOW)
  await saveEngineSettings(db, persona.settings, NOW)
}

const byId = <T extends { id: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => a.id.localeCompare(b.id))

describe('readAssessmentInput', () => {
  it('gives P1, saved through the repositories, the same assessment as the fixture itself', async () => {
    const persona = loadPersona('p1')
    await savePersona(persona)

    const { input, profileSaved } = await readAssessmentInput(db)
    expect(profileSaved).toBe(true)

    const fromDb = assess(input, DEFAULT_RULESET)
    const direct = assess(persona, DEFAULT_RULESET)
    expect(fromDb.skills.tier).toBe(direct.skills.tier)
    expect(fromDb.skills.score).toBe(direct.skills.score)
    expect(fromDb.skills.tier).toBe('premium')
    expect(fromDb.offers).toEqual(direct.offers)
  })

  it.each(Object.keys(PERSONAS) as (keyof typeof PERSONAS)[])(
    'reads back persona %s as the engine’s input, record for record',
    async (name) => {
      const persona = loadPersona(name)
      await savePersona(persona)
      const { input } = await readAssessmentInput(db)
      expect(input.profile).toEqual(persona.profile)
      expect(byId(input.skills)).toEqual(byId(persona.skills))
      expect(byId(input.offers)).toEqual(byId(persona.offers))
      expect(input.settings).toEqual(persona.settings)
      const jobSearch = persona.journal.filter((event) =>
        ['application', 'interview', 'offer'].includes(event.kind),
      )
      expect(byId(input.journal)).toEqual(byId(jobSearch))
      // Stored order (by id) may differ from the fixture's; the assessment must not.
      const summary = (a: ReturnType<typeof assess>) => ({
        tier: a.skills.tier,
        score: a.skills.score,
        levels: a.skills.levels.map(({ domain, effective, capped }) => ({
          domain,
          effective,
          capped,
        })),
        offers: a.offers,
      })
      expect(summary(assess(input, DEFAULT_RULESET))).toEqual(
        summary(assess(persona, DEFAULT_RULESET)),
      )
    },
  )

  it('without a saved profile, says so and stands in the neutral profile', async () => {
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 }, NOW)
    const { input, profileSaved } = await readAssessmentInput(db)
    expect(profileSaved).toBe(false)
    expect(input.profile).toEqual(NEUTRAL_PROFILE)
    expect(input.skills).toHaveLength(1)
  })

  it('claims no job to lose before a profile is saved: an offer carries no exposure risk (L36)', () => {
    // "Not employed" with a "stable" position added the exposure rule's points to every offer of a
    // user who had not saved a profile yet: a job the app knew nothing about, weighed as lost.
    const { offers } = loadPersona('p4')
    const { offers: assessed } = assess(
      {
        profile: NEUTRAL_PROFILE,
        skills: [],
        offers,
        journal: [],
        settings: engineSettingsSchema.parse({}),
      },
      DEFAULT_RULESET,
    )
    expect(assessed.length).toBeGreaterThan(0)
    for (const offer of assessed) {
      if (!offer.ok) throw new Error('offer not assessed')
      expect(offer.risk.reasons.map((reason) => reason.ruleId)).not.toContain(
        DEFAULT_RULESET.risk.exposure.id,
      )
    }
    // The same offers, for a profile that does hold a stable job, do carry it.
    const stable = assess(
      {
        profile: { ...NEUTRAL_PROFILE, currentEmployer: 'big-tech', stability: 'stable' },
        skills: [],
        offers,
        journal: [],
        settings: engineSettingsSchema.parse({}),
      },
      DEFAULT_RULESET,
    )
    const first = stable.offers[0]
    if (!first?.ok) throw new Error('offer not assessed')
    expect(first.risk.reasons.map((reason) => reason.ruleId)).toContain(
      DEFAULT_RULESET.risk.exposure.id,
    )
  })

  it('reads an empty database as an empty input with the engine’s default settings', async () => {
    const { input, profileSaved } = await readAssessmentInput(db)
    expect(profileSaved).toBe(false)
    expect(input).toEqual({
      profile: NEUTRAL_PROFILE,
      skills: [],
      offers: [],
      journal: [],
      settings: engineSettingsSchema.parse({}),
    })
    // The engine accepts it.
    expect(assess(input, DEFAULT_RULESET).skills.score).toBeGreaterThanOrEqual(0)
  })

  it('strips storage-only fields: the input holds what the engine’s schemas define', async () => {
    const skill = await saveSkill(
      db,
      { name: 'vLLM', domain: 'inference-acceleration', level: 3, lastUsed: '2026-08-30' },
      NOW,
    )
    await saveOffer(
      db,
      {
        company: 'Moonshot',
        employerKind: 'startup',
        pay: { base: { kind: 'text', text: '60k×15' } },
        status: 'negotiating',
        deadline: '2026-09-15',
        notes: 'ask for more stock',
      },
      NOW,
    )
    await saveJournalEntry(
      db,
      { kind: 'application', date: '2026-08-01', title: 'Applied', tags: ['llm'] },
      NOW,
    )
    const { input } = await readAssessmentInput(db)
    expect(Object.keys(input.skills[0] ?? {}).sort()).toEqual(
      ['domain', 'evidence', 'id', 'level', 'name'].sort(),
    )
    expect(input.skills[0]?.id).toBe(skill.id)
    for (const field of ['createdAt', 'updatedAt', 'status', 'statusDate', 'deadline', 'notes']) {
      expect(input.offers[0], field).not.toHaveProperty(field)
    }
    for (const field of ['createdAt', 'updatedAt', 'tags', 'evidence']) {
      expect(input.journal[0], field).not.toHaveProperty(field)
    }
  })

  it('merges evidence from journal entries into the skill, each kind once', async () => {
    const skill = await saveSkill(
      db,
      { name: 'Megatron-LM', domain: 'llm-training', level: 4, evidence: ['course'] },
      NOW,
    )
    const other = await saveSkill(db, { name: 'NLP', domain: 'nlp', level: 2 }, NOW)
    await saveJournalEntry(
      db,
      {
        kind: 'learning',
        date: '2026-08-02',
        title: 'Course project',
        skillIds: [skill.id],
        evidence: [{ skillId: skill.id, kind: 'course' }],
      },
      NOW,
    )
    await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-08-10',
        title: 'Pretraining run at work',
        skillIds: [skill.id, other.id],
        evidence: [{ skillId: skill.id, kind: 'production' }],
      },
      NOW,
    )
    const { input } = await readAssessmentInput(db)
    const merged = input.skills.find((s) => s.id === skill.id)
    expect([...(merged?.evidence ?? [])].sort()).toEqual(['course', 'production'])
    // A skill linked without evidence gains none.
    expect(input.skills.find((s) => s.id === other.id)?.evidence).toEqual([])
    // The stored skill itself is unchanged: the merge is in the input only.
    expect((await db.skills.get(skill.id))?.evidence).toEqual(['course'])
  })

  it('lifts the evidence cap in the assessment once a journal entry is evidence', async () => {
    const skill = await saveSkill(
      db,
      { name: 'Megatron-LM', domain: 'llm-training', level: 4 },
      NOW,
    )
    const before = assess((await readAssessmentInput(db)).input, DEFAULT_RULESET)
    await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-08-10',
        title: 'Pretraining run',
        skillIds: [skill.id],
        evidence: [{ skillId: skill.id, kind: 'production' }],
      },
      NOW,
    )
    const after = assess((await readAssessmentInput(db)).input, DEFAULT_RULESET)
    const level = (a: typeof before) => a.skills.levels.find((l) => l.domain === 'llm-training')
    expect(level(before)?.capped).toBe(true)
    expect(level(after)?.capped).toBe(false)
    expect(level(after)?.effective).toBe(4)
    expect(after.skills.score).toBeGreaterThan(before.skills.score)
  })

  it('reads only job-search entries into input.journal; learning notes stay out, linked or not', async () => {
    const skill = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 }, NOW)
    const kinds = [
      'learning',
      'project',
      'reflection',
      'application',
      'interview',
      'offer',
    ] as const
    const saved = []
    for (const kind of kinds) {
      saved.push(await saveJournalEntry(db, { kind, date: '2026-08-01', title: kind }, NOW))
    }
    const linkedNote = await saveJournalEntry(
      db,
      {
        kind: 'learning',
        date: '2026-08-03',
        title: 'LoRA paper',
        skillIds: [skill.id],
        evidence: [{ skillId: skill.id, kind: 'paper' }],
      },
      NOW,
    )
    const linkedInterview = await saveJournalEntry(
      db,
      {
        kind: 'interview',
        date: '2026-08-04',
        title: 'Fine-tuning onsite',
        company: 'Zhipu',
        skillIds: [skill.id],
      },
      NOW,
    )

    const { input } = await readAssessmentInput(db)
    const expectedIds = [...saved, linkedInterview]
      .filter((entry) => ['application', 'interview', 'offer'].includes(entry.kind))
      .map((entry) => entry.id)
    expect(input.journal.map((event) => event.id).sort()).toEqual(expectedIds.sort())
    expect(input.journal.map((event) => event.id)).not.toContain(linkedNote.id)
    // …while the linked note's evidence still counts.
    expect(input.skills[0]?.evidence).toEqual(['paper'])
  })

  it('reads an entry linked to several skills once, and leaves the job search out when asked', async () => {
    const lora = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 }, NOW)
    const vllm = await saveSkill(
      db,
      { name: 'vLLM', domain: 'inference-acceleration', level: 2 },
      NOW,
    )
    const both = await saveJournalEntry(
      db,
      {
        kind: 'project',
        date: '2026-08-02',
        title: 'Served a LoRA with vLLM',
        skillIds: [lora.id, vllm.id],
        evidence: [
          { skillId: lora.id, kind: 'side-project' },
          { skillId: vllm.id, kind: 'production' },
        ],
      },
      NOW,
    )
    const interview = await saveJournalEntry(
      db,
      { kind: 'interview', date: '2026-08-04', title: 'Onsite', company: 'Zhipu' },
      NOW,
    )

    const linked = await readSkillLinkedEntries(db)
    expect(linked.map((entry) => entry.id)).toEqual([both.id])

    const full = await readAssessmentSources(db)
    expect(full.journal.map((entry) => entry.id).sort()).toEqual([both.id, interview.id].sort())
    const withoutSearch = await readAssessmentSources(db, { jobSearch: false })
    expect(withoutSearch.journal.map((entry) => entry.id)).toEqual([both.id])
    // The skills see the same evidence either way.
    const skillsOf = (sources: typeof full) =>
      buildAssessmentInput(sources).skills.map((skill) => [skill.name, skill.evidence])
    expect(skillsOf(withoutSearch)).toEqual(skillsOf(full))
  })
})
