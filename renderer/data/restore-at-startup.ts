import { CURRENT_SCHEMA_VERSION, SCHEMA_V2, TidemarkDatabase } from './db'
import { readWhatCanBeRead } from './open-database'
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocumentSchema,
  type ExportDocument,
} from './transfer/export-format'
import { applyImport, checkImportText, type ImportCounts } from './transfer/import'
import { decodeImportBytes } from './transfer/import-checks'

/**
 * Restoring a backup or an export file when the database cannot be opened at all: the way out
 * the start-up error screen offers besides trying again. The database is replaced, so the order
 * is what keeps the user's data safe:
 *   1. the file is read and checked in full (checkRestoreFile): a bad file stops here, and the
 *      database is untouched;
 *   2. whatever can still be read is kept (one more backup in the app), or the user has saved it
 *      or agreed to lose it; if keeping it fails, nothing is deleted;
 *   3. the database is deleted, a fresh one is opened and the file is written into it in one
 *      transaction (the import's replace), after which the app is reloaded.
 */

/** A restore file read and checked in full; nothing has been touched yet. */
export interface CheckedRestore {
  document: ExportDocument
  /** Records in the file, for the confirmation. */
  records: { skills: number; offers: number; journal: number; goals: number }
}

/**
 * Reads and checks the whole file, as an import does (older export versions upgraded, newer
 * refused). Throws the import's ImportRefused, naming what is wrong and where.
 */
export function checkRestoreFile(file: string | ArrayBuffer): CheckedRestore {
  // A browser's picker hands the bytes, decoded here as the import decodes them: a file cut
  // inside its last character is cut short, not "not UTF-8" (review 28 P8).
  const document = checkImportText(
    typeof file === 'string' ? file : decodeImportBytes(new Uint8Array(file)),
  )
  const { skills, offers, journal, goals } = document.data
  return {
    document,
    records: {
      skills: skills.length,
      offers: offers.length,
      journal: journal.length,
      goals: goals.length,
    },
  }
}

/** Where a restore has got to, for the screen's progress line. */
export type RestoreProgress =
  | { stage: 'rescue' }
  /** `blocked`: another window holds the database open; the delete waits for it to close. */
  | { stage: 'delete'; blocked: boolean }
  | { stage: 'write'; done: number; total: number }

/**
 * Why a restore stopped. Before 'delete' nothing was changed; at 'write' the old database is
 * gone (its copy kept, unless the user agreed to lose it) and the fresh one is empty, since the
 * import writes in one transaction.
 */
export type RestoreStage = 'read' | 'keep' | 'delete' | 'write'

export class RestoreFailed extends Error {
  constructor(
    readonly stage: RestoreStage,
    readonly reason: unknown,
    /** What the copy of the old data is called (a backup's file name), if one was kept. */
    readonly rescue: string | null,
  ) {
    super(
      `restore stopped at ${stage}: ${reason instanceof Error ? reason.message : String(reason)}`,
    )
    this.name = 'RestoreFailed'
  }
}

export interface RestoreOptions {
  databaseName: string
  checked: CheckedRestore
  /**
   * Keeps what can still be read before anything is deleted, and answers the copy's name (in
   * the app: one more backup). `restorable`: the copy is an export this version can restore;
   * false for the raw stores as read, kept for safety only. Null only when the user has saved
   * that copy themselves or has explicitly agreed to lose what cannot be opened.
   */
  keepRescue: ((contents: string, restorable: boolean) => Promise<string>) | null
  /** This Tidemark's version, written into the copy when it is a restorable export. */
  appVersion: string
  now: Date
  onProgress?: (progress: RestoreProgress) => void
}

export interface RestoreOutcome {
  counts: ImportCounts
  /** The copy's name, when one was kept. */
  rescue: string | null
  /** Whether that copy is an export this version can restore (false: the raw stores as read). */
  rescueRestorable: boolean
}

export async function restoreAtStartup(options: RestoreOptions): Promise<RestoreOutcome> {
  const { databaseName, checked, keepRescue, onProgress } = options
  let rescue: string | null = null
  let rescueRestorable = false
  if (keepRescue) {
    onProgress?.({ stage: 'rescue' })
    let copy: { contents: string; restorable: boolean }
    try {
      copy = rescueContents(
        await readWhatCanBeRead(databaseName, options.now),
        options.appVersion,
        options.now,
      )
    } catch (error) {
      throw new RestoreFailed('read', error, null)
    }
    try {
      rescue = await keepRescue(copy.contents, copy.restorable)
    } catch (error) {
      throw new RestoreFailed('keep', error, null)
    }
    rescueRestorable = copy.restorable
  }

  onProgress?.({ stage: 'delete', blocked: false })
  try {
    await deleteDatabase(databaseName, () => onProgress?.({ stage: 'delete', blocked: true }))
  } catch (error) {
    throw new RestoreFailed('delete', error, rescue)
  }

  const db = new TidemarkDatabase(databaseName)
  try {
    await db.open()
    const counts = await applyImport(db, checked.document, 'replace', {
      onProgress: ({ done, total }) => onProgress?.({ stage: 'write', done, total }),
    })
    return { counts, rescue, rescueRestorable }
  } catch (error) {
    throw new RestoreFailed('write', error, rescue)
  } finally {
    db.close()
  }
}

/**
 * Deletes the database. While another connection holds it open (a second window), the browser
 * reports `blocked` and waits: the delete goes through once that window closes or lets go.
 */
function deleteDatabase(name: string, onBlocked: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name)
    request.onsuccess = () => {
      resolve()
    }
    request.onerror = () => {
      reject(request.error ?? new Error(`could not delete ${name}`))
    }
    request.onblocked = onBlocked
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The copy kept before the delete: an export document when what was read is a valid one (the
 * data of this version that merely failed to open: the copy can then be restored like any
 * backup), else the raw rescue, every store as it was read, which this version cannot restore.
 */
function rescueContents(
  rescueText: string,
  appVersion: string,
  now: Date,
): { contents: string; restorable: boolean } {
  const raw = { contents: rescueText, restorable: false }
  const rescue: unknown = JSON.parse(rescueText)
  const tables = isRecord(rescue) && isRecord(rescue['tables']) ? rescue['tables'] : {}
  const rows = (name: string): unknown[] => {
    const value = tables[name]
    return Array.isArray(value) ? (value as unknown[]) : []
  }
  const one = (name: string, id: string): unknown =>
    rows(name).find((row) => isRecord(row) && row['id'] === id) ?? null
  const candidate = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'Tidemark', version: appVersion },
    data: {
      settings: one('settings', 'app'),
      profile: one('profile', 'me'),
      skills: rows('skills'),
      skillSnapshots: rows('skillSnapshots'),
      offers: rows('offers'),
      journal: rows('journal'),
      goals: rows('goals'),
      engineSettings: one('engineSettings', 'engine'),
      rulesetOverrides: one('rulesetOverrides', 'overrides'),
    },
  }
  const failed = isRecord(rescue) && isRecord(rescue['failed']) ? rescue['failed'] : {}
  const version = isRecord(rescue) ? rescue['version'] : undefined
  // Only a complete read of this version's stores makes an export: a store that failed to read,
  // or one a newer Tidemark added, would be missing from it.
  const complete =
    typeof version === 'number' &&
    version <= CURRENT_SCHEMA_VERSION &&
    Object.keys(failed).length === 0 &&
    Object.keys(tables).every((name) => name in SCHEMA_V2)
  if (!complete) return raw
  const parsed = exportDocumentSchema.safeParse(candidate)
  // And only when the export holds every field as read (a record schema drops unknown keys).
  if (!parsed.success || canonical(parsed.data) !== canonical(candidate)) return raw
  return { contents: `${JSON.stringify(parsed.data, null, 1)}\n`, restorable: true }
}

/** JSON with every object's keys sorted: equal for equal data whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isRecord(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  )
}
