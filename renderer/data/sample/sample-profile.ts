import { z } from 'zod'
import type { Table } from 'dexie'
import { isoDateSchema } from '../../domain/model/iso-date'
import type { TidemarkDatabase } from '../db'
import { skillSnapshotSchema, storedJournalEntrySchema, type StoredJournalEntry } from '../records'
import { saveGoal } from '../repositories/goals'
import { announceJournalChange, journalDraftSchema } from '../repositories/journal'
import { bumpJournalRevision } from '../repositories/meta'
import { saveOffer } from '../repositories/offers'
import { saveProfile } from '../repositories/profile'
import { saveSkill } from '../repositories/skills'
import { upsertRecord } from '../repositories/upsert'
import { localDate, recordSkillSnapshot } from '../snapshots'
import { newId, validate } from '../validation'
import { SAMPLE_ID_PREFIX, SAMPLE_PERSONA, type SampleLanguage } from './sample-persona'

/** The meta row that says a sample is loaded, and what it replaced. */
export const SAMPLE_META_KEY = 'sampleProfile'

const sampleMarkSchema = z
  .object({
    persona: z.string(),
    loadedAt: z.iso.datetime(),
    /** The local day of loading: snapshots from then on were scored with the sample present. */
    loadedOn: isoDateSchema,
    /** The profile as the sample wrote it: a later change makes the profile the user's own. */
    profileUpdatedAt: z.iso.datetime(),
    /** The score-history rows the sample overwrote, by date (null: there was none). */
    snapshotsBefore: z.record(isoDateSchema, skillSnapshotSchema.nullable()),
  })
  .strict()
type SampleMark = z.infer<typeof sampleMarkSchema>

/** Why the sample was not loaded: it never mixes with the user's own profile, skills or offers. */
export class SampleRefused extends Error {
  constructor(readonly reason: 'has-data') {
    super('The sample loads only when there is no profile, skill or offer yet.')
    this.name = 'SampleRefused'
  }
}

export interface SampleState {
  /** A sample is loaded (its mark, or records with the sample's ids, are stored). */
  loaded: boolean
  /** Nothing of the user's own to mix with: no profile, skill or offer. */
  canLoad: boolean
}

/** What clearing removed, for the screen to say so. */
export interface SampleCleared {
  skills: number
  offers: number
  journal: number
  goals: number
  /** Sample records the user changed after loading: kept as the user's own, under new ids. */
  kept: number
  /** The sample's profile is removed unless the user changed it after loading. */
  profile: 'removed' | 'kept' | 'none'
}

function tablesOf(db: TidemarkDatabase) {
  return [
    db.profile,
    db.skills,
    db.skillSnapshots,
    db.offers,
    db.journal,
    db.goals,
    db.rulesetOverrides,
    db.meta,
  ]
}

/** The same time of day, `days` days earlier (negative: later) on the local calendar. */
function shiftDays(now: Date, days: number): Date {
  const moved = new Date(now)
  moved.setDate(now.getDate() - days)
  return moved
}

const isSampleId = (id: string) => id.startsWith(SAMPLE_ID_PREFIX)

async function readMark(db: TidemarkDatabase): Promise<SampleMark | null> {
  const parsed = sampleMarkSchema.safeParse((await db.meta.get(SAMPLE_META_KEY))?.value)
  return parsed.success ? parsed.data : null
}

export async function readSampleState(db: TidemarkDatabase): Promise<SampleState> {
  return db.transaction('r', [db.profile, db.skills, db.offers, db.meta], async () => {
    const [mark, profiles, skills, offers, sampleSkills, sampleOffers] = await Promise.all([
      readMark(db),
      db.profile.count(),
      db.skills.count(),
      db.offers.count(),
      db.skills.where('id').startsWith(SAMPLE_ID_PREFIX).count(),
      db.offers.where('id').startsWith(SAMPLE_ID_PREFIX).count(),
    ])
    return {
      loaded: mark !== null || sampleSkills + sampleOffers > 0,
      canLoad: profiles + skills + offers === 0,
    }
  })
}

/**
 * Writes the sample persona through the repositories, in one transaction: the profile and each
 * skill on its own past day (so the score's trend has points), the offers with deadlines ahead,
 * journal entries and a goal. Every record's id starts with `sample-`, and a meta row keeps what
 * the sample overwrote, so `clearSample` removes exactly the sample. Refused (SampleRefused,
 * nothing written) when a profile, skill or offer is already stored.
 */
export async function loadSample(
  db: TidemarkDatabase,
  language: SampleLanguage,
  now = new Date(),
): Promise<void> {
  const persona = SAMPLE_PERSONA
  const journal = persona.journal.map((entry) => ({
    when: shiftDays(now, entry.daysAgo),
    fields: validate(
      journalDraftSchema,
      {
        ...entry.draft,
        ...(entry.company ? { company: entry.company[language] } : {}),
        date: localDate(shiftDays(now, entry.daysAgo)),
        title: entry.title[language],
        body: entry.body[language],
      },
      'journal',
    ),
  }))
  const skills = [...persona.skills].sort((a, b) => b.daysAgo - a.daysAgo)

  const { journalIds, revision } = await db.transaction('rw', tablesOf(db), async () => {
    const counts = await Promise.all([db.profile.count(), db.skills.count(), db.offers.count()])
    if (counts.some((count) => count > 0)) throw new SampleRefused('has-data')

    const snapshotDates = [
      ...new Set(
        [persona.profile.daysAgo, ...skills.map((skill) => skill.daysAgo)].map((days) =>
          localDate(shiftDays(now, days)),
        ),
      ),
    ]
    const before = await db.skillSnapshots.bulkGet(snapshotDates)

    const profile = await saveProfile(
      db,
      persona.profile.draft,
      shiftDays(now, persona.profile.daysAgo),
    )
    for (const skill of skills) {
      const draft = { ...skill.draft, name: skill.name[language] }
      await saveSkill(db, draft, shiftDays(now, skill.daysAgo))
    }
    for (const offer of persona.offers) {
      await saveOffer(
        db,
        {
          ...offer.draft,
          company: offer.company[language],
          role: offer.role[language],
          deadline: localDate(shiftDays(now, -offer.deadlineInDays)),
        },
        now,
      )
    }
    // Journal rows go in directly (checked by the journal's own schemas) and are announced to
    // the search index once, after the commit: the journal repository announces each save at
    // once, which inside this larger transaction would reach the index before the data commits.
    for (const { when, fields } of journal) {
      const { id, ...rest } = fields
      await upsertRecord<StoredJournalEntry>(
        db.journal,
        storedJournalEntrySchema,
        id,
        () => rest,
        when,
        'journal',
      )
    }
    const revision = await bumpJournalRevision(db)
    for (const goal of persona.goals) {
      await saveGoal(
        db,
        {
          ...goal.draft,
          title: goal.title[language],
          targetDate: localDate(shiftDays(now, -goal.targetInDays)),
        },
        now,
      )
    }

    const mark: SampleMark = {
      persona: persona.persona,
      loadedAt: now.toISOString(),
      loadedOn: localDate(now),
      profileUpdatedAt: profile.updatedAt,
      snapshotsBefore: Object.fromEntries(
        snapshotDates.map((date, index) => [date, before[index] ?? null]),
      ),
    }
    await db.meta.put({ key: SAMPLE_META_KEY, value: mark })
    return { journalIds: journal.map(({ fields }) => fields.id ?? ''), revision }
  })
  announceJournalChange(db, { kind: 'put', ids: journalIds, revision })
}

/** Sample records of one table, split into those to remove and those the user changed. */
async function sampleRecords<T extends { id: string; updatedAt: string }, Insert>(
  table: Table<T, string, Insert>,
  mark: SampleMark | null,
): Promise<{ removed: string[]; kept: T[] }> {
  const records = await table.where('id').startsWith(SAMPLE_ID_PREFIX).toArray()
  // Written after the sample was loaded: the user edited it (or an import brought a newer
  // copy), so it holds the user's own words. Without the mark there is no telling: all go.
  const changed = (record: T) => mark !== null && record.updatedAt > mark.loadedAt
  return {
    removed: records.filter((record) => !changed(record)).map((record) => record.id),
    kept: records.filter(changed),
  }
}

/**
 * Removes the sample and nothing else, in one transaction: every record whose id starts with
 * `sample-` and that the user has not changed since loading (the user's own records lose their
 * links to them, as when a skill or offer is deleted), the profile if the user has not changed
 * it since loading, and the score history the sample wrote (the rows it overwrote come back).
 * A sample record the user changed (an interview they wrote on in, an offer they edited) is the
 * user's now: it stays, under a new id, and links to it follow. If the user's own profile or
 * skills remain, today's score is recorded from them.
 */
export async function clearSample(db: TidemarkDatabase, now = new Date()): Promise<SampleCleared> {
  const stamp = now.toISOString()
  const result = await db.transaction('rw', tablesOf(db), async () => {
    const mark = await readMark(db)
    const [skills, offers, journal, goals] = await Promise.all([
      sampleRecords(db.skills, mark),
      sampleRecords(db.offers, mark),
      sampleRecords(db.journal, mark),
      sampleRecords(db.goals, mark),
    ])
    const renamed = new Map<string, string>()
    const rename = <T extends { id: string }>(kept: T[]): T[] =>
      kept.map((record) => {
        const id = newId()
        renamed.set(record.id, id)
        return { ...record, id }
      })
    const keptSkills = rename(skills.kept)
    const keptOffers = rename(offers.kept)
    const keptJournal = rename(journal.kept)
    const keptGoals = rename(goals.kept)
    const journalIds = [...journal.removed, ...journal.kept.map((entry) => entry.id)]
    await db.skills.bulkDelete([...skills.removed, ...skills.kept.map((skill) => skill.id)])
    await db.offers.bulkDelete([...offers.removed, ...offers.kept.map((offer) => offer.id)])
    await db.journal.bulkDelete(journalIds)
    await db.goals.bulkDelete([...goals.removed, ...goals.kept.map((goal) => goal.id)])
    await db.skills.bulkAdd(keptSkills)
    await db.offers.bulkAdd(keptOffers)
    await db.journal.bulkAdd(keptJournal)
    await db.goals.bulkAdd(keptGoals)

    // Links to the sample, found through the journal's link indexes: to a kept record they
    // follow its new id; to a removed one they go.
    const linked = new Set([
      ...(await db.journal.where('skillIds').startsWith(SAMPLE_ID_PREFIX).primaryKeys()),
      ...(await db.journal.where('offerId').startsWith(SAMPLE_ID_PREFIX).primaryKeys()),
    ])
    const follow = (id: string): string[] => {
      if (!isSampleId(id)) return [id]
      const moved = renamed.get(id)
      return moved === undefined ? [] : [moved]
    }
    await db.journal
      .where('id')
      .anyOf([...linked])
      .modify((entry) => {
        entry.skillIds = entry.skillIds.flatMap(follow)
        entry.evidence = entry.evidence.flatMap((link) =>
          follow(link.skillId).map((skillId) => ({ ...link, skillId })),
        )
        if (entry.offerId !== undefined && isSampleId(entry.offerId)) {
          const [offerId] = follow(entry.offerId)
          if (offerId === undefined) delete entry.offerId
          else entry.offerId = offerId
        }
        entry.updatedAt = stamp
      })
    await db.goals
      .filter(
        (goal) =>
          goal.skillIds.some(isSampleId) ||
          (goal.target?.kind === 'skill-level' && isSampleId(goal.target.skillId)),
      )
      .modify((goal) => {
        goal.skillIds = goal.skillIds.flatMap(follow)
        if (goal.target?.kind === 'skill-level' && isSampleId(goal.target.skillId)) {
          const [skillId] = follow(goal.target.skillId)
          if (skillId === undefined) delete goal.target
          else goal.target = { ...goal.target, skillId }
        }
        goal.updatedAt = stamp
      })

    let profile: SampleCleared['profile'] = 'none'
    const storedProfile = await db.profile.get('me')
    if (mark && storedProfile) {
      const untouched = storedProfile.updatedAt === mark.profileUpdatedAt
      if (untouched) await db.profile.delete('me')
      profile = untouched ? 'removed' : 'kept'
    }

    if (mark) {
      // Every row from the day of loading on was scored with the sample present.
      const since = await db.skillSnapshots.where('date').aboveOrEqual(mark.loadedOn).primaryKeys()
      const dates = new Set([...Object.keys(mark.snapshotsBefore), ...since])
      for (const date of dates) {
        const previous = mark.snapshotsBefore[date] ?? null
        if (previous) await db.skillSnapshots.put(previous)
        else await db.skillSnapshots.delete(date)
      }
      await db.meta.delete(SAMPLE_META_KEY)
    }
    const ownData = (await db.profile.count()) + (await db.skills.count())
    if (ownData > 0) await recordSkillSnapshot(db, now)

    // The search index hears of the old ids' going, then of the kept entries' new ids.
    const removedRevision = journalIds.length > 0 ? await bumpJournalRevision(db) : null
    const keptRevision = keptJournal.length > 0 ? await bumpJournalRevision(db) : null
    return {
      cleared: {
        skills: skills.removed.length,
        offers: offers.removed.length,
        journal: journal.removed.length,
        goals: goals.removed.length,
        kept: keptSkills.length + keptOffers.length + keptJournal.length + keptGoals.length,
        profile,
      },
      journalIds,
      keptJournalIds: keptJournal.map((entry) => entry.id),
      removedRevision,
      keptRevision,
    }
  })
  if (result.removedRevision !== null) {
    announceJournalChange(db, {
      kind: 'delete',
      ids: result.journalIds,
      revision: result.removedRevision,
    })
  }
  if (result.keptRevision !== null) {
    announceJournalChange(db, {
      kind: 'put',
      ids: result.keptJournalIds,
      revision: result.keptRevision,
    })
  }
  return result.cleared
}
