import { z } from 'zod'
import { EVIDENCE_KINDS, JOURNAL_KINDS, TIER_IDS } from '../domain/model/enums'
import { isoDateSchema } from '../domain/model/iso-date'
import { journalEventSchema } from '../domain/model/journal'
import { offerSchema } from '../domain/model/offer'
import { idSchema } from '../domain/model/id'
import { profileSchema, skillSchema } from '../domain/model/profile'
import { engineSettingsSchema } from '../domain/model/settings'
import { ENGINE_FIGURES } from './engine-figures'

/**
 * What each table stores. The engine's schemas (renderer/domain/model) are the shape of every
 * record; storage adds only what the engine does not reason about: timestamps, status, tags,
 * deadlines, notes. A field the engine should weigh belongs in the domain model, not here.
 */

const timestamp = z.iso.datetime()
const stamps = { createdAt: timestamp, updatedAt: timestamp }

/**
 * What a form or a caller may send to save a record: the stored fields but the ones the
 * repository sets. A stored record passed back whole (`{...skill, level: 4}`) is accepted: its
 * id says which record, and its timestamps are ignored (the repository keeps createdAt and
 * sets updatedAt).
 */
export const draftKeys = {
  id: idSchema.optional(),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
}

/** The one profile row (id "me"): the engine's profile, current pay included. */
export const storedProfileSchema = profileSchema
  .extend({
    id: z.literal('me'),
    updatedAt: timestamp,
    /**
     * When the current pay was last set, changed or removed (saveProfile sets it): a merge
     * tells a pay removed on purpose from one never entered, and takes the later of two pays.
     * Absent in rows and exports written before it existed, and where no pay was ever set.
     */
    currentPayChangedAt: timestamp.optional(),
  })
  .strict()
export type StoredProfile = z.infer<typeof storedProfileSchema>

export const storedSkillSchema = skillSchema
  .extend({
    ...stamps,
    /** When the user last used the skill at work or in a project (ISO date). */
    lastUsed: isoDateSchema.optional(),
  })
  .strict()
export type StoredSkill = z.infer<typeof storedSkillSchema>

export const OFFER_STATUSES = [
  'considering',
  'negotiating',
  'accepted',
  'declined',
  'expired',
] as const
export type OfferStatus = (typeof OFFER_STATUSES)[number]

export const storedOfferSchema = offerSchema
  .extend({
    ...stamps,
    status: z.enum(OFFER_STATUSES).default('considering'),
    /** When the status last changed (ISO date). */
    statusDate: isoDateSchema.optional(),
    /** The date by which the employer wants an answer. */
    deadline: isoDateSchema.optional(),
    notes: z.string().max(20_000).default(''),
  })
  .strict()
export type StoredOffer = z.infer<typeof storedOfferSchema>

/** One tag of a journal entry (the timeline's address takes the same: tested). */
export const tagSchema = z.string().trim().min(1).max(40)

/** An entry that shows the user can do what a skill claims: it lifts the evidence cap. */
export const evidenceLinkSchema = z
  .object({ skillId: idSchema, kind: z.enum(EVIDENCE_KINDS) })
  .strict()
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>

/** The journal entry's fields, before the cross-field rule (kept apart so drafts can omit ids). */
export const journalEntryFieldsSchema = journalEventSchema
  .extend({
    ...stamps,
    tags: z
      .array(tagSchema)
      .max(30)
      .default([])
      .refine((tags) => new Set(tags).size === tags.length, { error: 'each tag at most once' }),
    evidence: z.array(evidenceLinkSchema).max(20).default([]),
  })
  .strict()

/** Evidence is for a skill the entry links to: the skill index then finds every such entry. */
export function evidenceIsLinked(
  entry: { skillIds: readonly string[]; evidence: readonly EvidenceLink[] },
  context: z.core.$RefinementCtx,
): void {
  entry.evidence.forEach((link, index) => {
    if (!entry.skillIds.includes(link.skillId)) {
      context.addIssue({
        code: 'custom',
        path: ['evidence', index, 'skillId'],
        message: 'evidence must be for a skill the entry links to',
      })
    }
  })
}

export const storedJournalEntrySchema = journalEntryFieldsSchema.superRefine(evidenceIsLinked)
export type StoredJournalEntry = z.infer<typeof storedJournalEntrySchema>

/** What a goal measures: a skill reaching a level, or a count of journal entries of one kind. */
export const goalTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('skill-level'),
      skillId: idSchema,
      level: z.number().int().min(1).max(4),
    })
    .strict(),
  z
    .object({
      kind: z.literal('entry-count'),
      journalKind: z.enum(JOURNAL_KINDS),
      count: z.number().int().min(1).max(10_000),
      /** Counting starts on this date (ISO); the goal's target date ends the window. */
      from: isoDateSchema,
    })
    .strict(),
])
export type GoalTarget = z.infer<typeof goalTargetSchema>

export const storedGoalSchema = z
  .object({
    id: idSchema,
    ...stamps,
    title: z.string().trim().min(1).max(200),
    targetDate: isoDateSchema,
    skillIds: z.array(idSchema).max(50).default([]),
    target: goalTargetSchema.optional(),
    done: z.boolean().default(false),
    /**
     * When the goal was marked done (saveGoal sets it in the same write, and drops it when the
     * goal is reopened). Absent on a goal that is not done, and on one marked done before it
     * existed: such a goal says its target date only, never a made-up day. Not indexed: no new
     * IndexedDB schema version.
     */
    doneAt: timestamp.optional(),
  })
  .strict()
export type StoredGoal = z.infer<typeof storedGoalSchema>

/** The premium score on one day, for the trend chart: at most one row a day (the last wins). */
export const skillSnapshotSchema = z
  .object({
    date: isoDateSchema,
    score: z.number().min(0).max(100),
    tier: z.enum(TIER_IDS),
    /** Counted level (after the evidence cap) per skill domain on that day. */
    levels: z.record(z.string().max(64), z.number().int().min(0).max(4)),
    rulesetVersion: z.number().int().nonnegative(),
  })
  .strict()
export type SkillSnapshot = z.infer<typeof skillSnapshotSchema>

/** The one row of engine settings (tax, exchange rates, market mood). */
export const storedEngineSettingsSchema = engineSettingsSchema
  .extend({
    id: z.literal('engine'),
    updatedAt: timestamp,
    /**
     * When each figure a user may clear was last set, changed or cleared (engine-figures.ts;
     * saveEngineSettings sets them): a merge tells a figure cleared on purpose from one never
     * set, and takes the later of two. Absent in rows and exports written before it existed;
     * a figure never set has no stamp. Not indexed: no new IndexedDB schema version.
     */
    figuresChangedAt: z.partialRecord(z.enum(ENGINE_FIGURES), timestamp).optional(),
  })
  .strict()
export type StoredEngineSettings = z.infer<typeof storedEngineSettingsSchema>

/**
 * The user's changes to the ruleset, applied with the engine's `withOverrides`. Stored as the
 * user made them, so a new ruleset version re-applies them to its own defaults.
 */
export const storedOverridesSchema = z
  .object({
    id: z.literal('overrides'),
    overrides: z.record(z.string(), z.unknown()),
    updatedAt: timestamp,
  })
  .strict()
export type StoredOverrides = z.infer<typeof storedOverridesSchema>
