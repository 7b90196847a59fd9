import type { AssessmentInput } from '../domain/model/assessment-input'
import type { EvidenceKind } from '../domain/model/enums'
import type { EngineSettings } from '../domain/model/settings'
import { journalEventSchema, type JournalEvent } from '../domain/model/journal'
import { offerSchema, type Offer } from '../domain/model/offer'
import { profileSchema, skillSchema, type Profile, type Skill } from '../domain/model/profile'
import type { TidemarkDatabase } from './db'
import { JOB_SEARCH_KINDS, isJobSearchKind } from '../domain/journal/search-figures'
import { domainFields } from './domain-fields'
import { readEngineSettings } from './repositories/engine-settings'
import type { StoredJournalEntry, StoredOffer, StoredProfile, StoredSkill } from './records'

/** Scores skills before the user has saved a profile: no education, employer or leadership
 *  signal, so only the skills themselves count. The screens say the profile is missing. */
export const NEUTRAL_PROFILE: Profile = {
  education: 'none',
  phdInField: false,
  yearsOfExperience: 0,
  city: '',
  currentEmployer: 'none',
  roleFamily: 'other',
  stability: 'unknown',
  leadership: { businessLine: false, team: false, openSource: false },
}

export function profileFrom(stored: Profile | undefined): Profile {
  return stored ? domainFields(profileSchema, stored) : NEUTRAL_PROFILE
}

/**
 * A skill's evidence as the engine sees it: what the user ticked on the skill, plus every kind
 * a journal entry was marked as evidence of for that skill.
 */
export function skillsWithJournalEvidence(
  skills: readonly Skill[],
  entries: readonly StoredJournalEntry[],
): Skill[] {
  const fromJournal = new Map<string, Set<EvidenceKind>>()
  for (const entry of entries) {
    for (const link of entry.evidence) {
      const kinds = fromJournal.get(link.skillId) ?? new Set<EvidenceKind>()
      kinds.add(link.kind)
      fromJournal.set(link.skillId, kinds)
    }
  }
  return skills.map((stored) => {
    const skill = domainFields(skillSchema, stored)
    const extra = fromJournal.get(skill.id)
    if (!extra) return skill
    return { ...skill, evidence: [...new Set([...skill.evidence, ...extra])] }
  })
}

export function offerFrom(stored: Offer): Offer {
  return domainFields(offerSchema, stored)
}

export function journalEventFrom(stored: StoredJournalEntry): JournalEvent {
  return domainFields(journalEventSchema, stored)
}

/** Each entry once, in the order first met (a multi-entry index lists an entry once per key). */
function oncePerId(entries: readonly StoredJournalEntry[]): StoredJournalEntry[] {
  const byId = new Map<string, StoredJournalEntry>()
  for (const entry of entries) if (!byId.has(entry.id)) byId.set(entry.id, entry)
  return [...byId.values()]
}

/**
 * Entries linked to any skill: the only ones that can hold evidence (records.ts's rule). One
 * key range of the `skillIds` index (every id sorts above ''), read in one request: Dexie's
 * notEqual() and distinct() walk a cursor instead, one round trip to the browser per entry.
 */
export async function readSkillLinkedEntries(db: TidemarkDatabase): Promise<StoredJournalEntry[]> {
  return oncePerId(await db.journal.where('skillIds').above('').toArray())
}

/**
 * Entries the engine needs: job-search kinds (for its statistics) and entries linked to a skill
 * (their evidence). Read through the indexes, so 50,000 learning notes are never loaded; each
 * kind is one key of the `kind` index, read in one request (anyOf() would walk a cursor).
 */
export async function readEngineJournal(db: TidemarkDatabase): Promise<StoredJournalEntry[]> {
  const [search, linked] = await Promise.all([
    Promise.all(JOB_SEARCH_KINDS.map((kind) => db.journal.where('kind').equals(kind).toArray())),
    readSkillLinkedEntries(db),
  ])
  return oncePerId([...search.flat(), ...linked])
}

/** The stored records the engine's input is built from (what the live assessment watches). */
export interface AssessmentSources {
  profile: StoredProfile | undefined
  skills: StoredSkill[]
  offers: StoredOffer[]
  /** Only the entries the engine reads: job-search kinds and skill-linked (readEngineJournal);
   *  read with `jobSearch: false`, only the skill-linked ones. */
  journal: StoredJournalEntry[]
  settings: EngineSettings
}

export interface SourcesToRead {
  /**
   * The job-search entries, which only the engine's job-search statistics read: thousands in a
   * long journal, the largest read by far. Left out (false), `journal` holds only the entries
   * linked to a skill and the statistics built from it are not the user's: drop them.
   */
  jobSearch?: boolean
}

export function readAssessmentSources(
  db: TidemarkDatabase,
  { jobSearch = true }: SourcesToRead = {},
): Promise<AssessmentSources> {
  return db.transaction(
    'r',
    [db.profile, db.skills, db.offers, db.journal, db.engineSettings],
    async () => {
      const [profile, skills, offers, journal, settings] = await Promise.all([
        db.profile.get('me'),
        db.skills.toArray(),
        db.offers.toArray(),
        jobSearch ? readEngineJournal(db) : readSkillLinkedEntries(db),
        readEngineSettings(db),
      ])
      return { profile, skills, offers, journal, settings }
    },
  )
}

/** What the input is built from: stored records, or a screen's unsaved draft in their place. */
export interface AssessmentSourcesDraft {
  profile: Profile | undefined
  skills: readonly Skill[]
  offers: readonly Offer[]
  journal: readonly StoredJournalEntry[]
  settings: EngineSettings
}

/** The engine's input from stored records (pure: a screen can pass a draft in their place). */
export function buildAssessmentInput(sources: AssessmentSourcesDraft): AssessmentInput {
  return {
    profile: profileFrom(sources.profile),
    skills: skillsWithJournalEvidence(sources.skills, sources.journal),
    offers: sources.offers.map(offerFrom),
    journal: sources.journal.filter((entry) => isJobSearchKind(entry.kind)).map(journalEventFrom),
    settings: sources.settings,
  }
}

/** What the engine assesses, built from what is stored; `profileSaved` is false until the
 *  user saves a profile (the neutral one stands in). */
export async function readAssessmentInput(
  db: TidemarkDatabase,
): Promise<{ input: AssessmentInput; profileSaved: boolean }> {
  const sources = await readAssessmentSources(db)
  return { profileSaved: sources.profile !== undefined, input: buildAssessmentInput(sources) }
}
