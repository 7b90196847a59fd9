import { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import {
  skillSnapshotSchema,
  storedEngineSettingsSchema,
  storedGoalSchema,
  storedJournalEntrySchema,
  storedOfferSchema,
  storedOverridesSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../records'
import { appSettingsSchema } from '../settings-schema'
import type { DuplicateParams } from './issue-detail'

/**
 * The export file: Tidemark's interchange format. One JSON document, an envelope around every
 * table, each record in the same shape as stored. docs/export-format.md describes it and
 * docs/export-format.schema.json is its JSON Schema, generated from this file (a test keeps
 * them equal). Raise EXPORT_VERSION when the shape changes and add the step that upgrades
 * the previous version to `upgradeExport` (import.ts), so every older file still imports.
 */
export const EXPORT_FORMAT = 'tidemark'
/**
 * 2: a year-end bonus in months may be a range (`monthsHigh`); a version 1 file is a valid 2.
 * 3: the profile may say when its current pay was last set, changed or removed
 * (`currentPayChangedAt`); a version 2 file is a valid 3.
 * 4: the engine settings may say when each figure a user may clear was last set, changed or
 * cleared (`figuresChangedAt`); a version 3 file is a valid 4.
 * 5: the profile may say its current pay is not taxed in mainland China
 * (`currentPayTaxedInChina: false`); a version 4 file is a valid 5.
 * 6: a goal may say when it was marked done (`doneAt`); a version 5 file is a valid 6.
 */
export const EXPORT_VERSION = 6

/** A list table: its records, at most `max`, each key (`id`, or a snapshot's `date`) once. */
function table<Row extends Record<K, string>, K extends string>(
  record: z.ZodType<Row>,
  max: number,
  key: K,
) {
  return z
    .array(record)
    .max(max)
    .superRefine((records, context) => {
      const seen = new Set<string>()
      records.forEach((item, index) => {
        const value = item[key]
        if (seen.has(value)) {
          const params: DuplicateParams = { tidemark: 'duplicate', key, value }
          // The message is the check's own; the params are what the interface says in words.
          context.addIssue({
            code: 'custom',
            path: [index, key],
            message: `duplicate ${key} "${value}"`,
            params,
          })
        }
        seen.add(value)
      })
    })
}

export const exportDataSchema = z
  .object({
    // Strict here as every other record is: the stored row's schema lets unknown keys pass
    // (and drops them), but a file with a field Tidemark does not know is refused, not trimmed.
    settings: appSettingsSchema.strict().nullable(),
    profile: storedProfileSchema.nullable(),
    skills: table(storedSkillSchema, 5000, 'id'),
    skillSnapshots: table(skillSnapshotSchema, 50_000, 'date'),
    offers: table(storedOfferSchema, 10_000, 'id'),
    journal: table(storedJournalEntrySchema, 200_000, 'id'),
    goals: table(storedGoalSchema, 10_000, 'id'),
    engineSettings: storedEngineSettingsSchema.nullable(),
    rulesetOverrides: storedOverridesSchema.nullable(),
  })
  .strict()
export type ExportData = z.infer<typeof exportDataSchema>

/** The tables an export holds, in the file's order. */
export const EXPORT_TABLES = [
  'settings',
  'profile',
  'skills',
  'skillSnapshots',
  'offers',
  'journal',
  'goals',
  'engineSettings',
  'rulesetOverrides',
] as const satisfies readonly (keyof ExportData)[]
export type ExportTable = (typeof EXPORT_TABLES)[number]

/** The database's tables an export reads and an import writes, in EXPORT_TABLES' order
 *  (each table is named as in the file). */
export function transferTables(db: TidemarkDatabase) {
  return EXPORT_TABLES.map((name) => db[name])
}

export const exportDocumentSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime(),
    app: z.object({ name: z.literal('Tidemark'), version: z.string().min(1).max(40) }).strict(),
    data: exportDataSchema,
  })
  .strict()
export type ExportDocument = z.infer<typeof exportDocumentSchema>
