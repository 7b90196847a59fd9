import { Dexie } from 'dexie'
import { CURRENT_SCHEMA_VERSION, type TidemarkDatabase } from './db'

/** Why the database did not open, in the words the start-up screen needs to offer a way out. */
export type OpenFailureKind =
  /** Data written by a newer Tidemark: this build must not touch it. */
  | 'newer-version'
  /** Another window holds the database open at an older version and did not let go. */
  | 'blocked'
  /** The disk or the browser's storage quota is full. */
  | 'quota'
  /** The browser could not open its own files ("Internal error opening backing store"). */
  | 'backing-store'
  | 'unknown'

export interface OpenFailure {
  kind: OpenFailureKind
  detail: string
}

function names(error: unknown): string[] {
  const found: string[] = []
  let current: unknown = error
  // Dexie wraps the browser's error (OpenFailedError → its `inner`); look through the chain.
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    found.push(current.name, current.message)
    current = (current as Error & { inner?: unknown }).inner ?? current.cause
  }
  return found
}

/** Thrown before opening when the data on disk was written by a newer Tidemark. */
export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(
      `the database is at version ${found / 10}; this Tidemark knows up to ${CURRENT_SCHEMA_VERSION}`,
    )
    this.name = 'VersionError'
  }
}

/**
 * Thrown before opening when an upgrade is due and the app's own code for it cannot load (a
 * chunk missing or damaged on disk): the data was not touched, and no backup will help; the app
 * itself must be opened again or reinstalled.
 */
export class AppCodeMissingError extends Error {
  constructor(cause: unknown) {
    super(
      `the code that upgrades the data could not be loaded (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    )
    this.name = 'AppCodeMissingError'
  }
}

/**
 * Opens the database, refusing data written by a newer Tidemark first. Dexie 4 would open a
 * newer database anyway, add the stores it misses and raise its version: an older app must
 * not reshape data it does not understand. IndexedDB stores Dexie's version × 10. Throws
 * AppCodeMissingError when an upgrade is due and its code cannot load.
 */
export async function openTidemarkDatabase(db: TidemarkDatabase): Promise<void> {
  const existing = (await indexedDB.databases()).find((info) => info.name === db.name)
  // Dexie may add one to the native version when it patches a schema in place (21 for 2):
  // the schema version is the tens.
  if (
    existing?.version !== undefined &&
    Math.floor(existing.version / 10) > CURRENT_SCHEMA_VERSION
  ) {
    throw new NewerSchemaError(existing.version)
  }
  if (
    existing?.version !== undefined &&
    Math.floor(existing.version / 10) < CURRENT_SCHEMA_VERSION
  ) {
    // An upgrade is due: its code (loaded only then) is loaded before the database opens, so
    // that a chunk which cannot load is told as the app's fault, not the data's. The upgrade
    // itself finds it loaded.
    await import('./migrations').catch((cause: unknown) => {
      throw new AppCodeMissingError(cause)
    })
  }
  await db.open()
}

export function classifyOpenError(error: unknown): OpenFailure {
  const seen = names(error)
  const detail = error instanceof Error ? error.message : String(error)
  const has = (pattern: RegExp) => seen.some((text) => pattern.test(text))
  if (has(/^VersionError$/) || has(/requested version .* is less than/i)) {
    return { kind: 'newer-version', detail }
  }
  if (has(/QuotaExceeded/i)) return { kind: 'quota', detail }
  if (has(/backing store/i)) return { kind: 'backing-store', detail }
  if (has(/blocked/i)) return { kind: 'blocked', detail }
  return { kind: 'unknown', detail }
}

/**
 * Whatever can still be read from the database, whatever its version, as JSON: the last
 * resort when Tidemark cannot open it normally. Opens without a declared schema (Dexie then
 * takes the stores as they are on disk) and reads every store it can; a store that fails to
 * read is listed with its error instead of stopping the rescue.
 */
export async function readWhatCanBeRead(name: string, now: Date): Promise<string> {
  const raw = new Dexie(name)
  await raw.open()
  try {
    const tables: Record<string, unknown> = {}
    const failed: Record<string, string> = {}
    for (const table of raw.tables) {
      try {
        tables[table.name] = await table.toArray()
      } catch (error) {
        failed[table.name] = error instanceof Error ? error.message : String(error)
      }
    }
    return JSON.stringify(
      {
        format: 'tidemark-rescue',
        database: name,
        version: raw.verno,
        savedAt: now.toISOString(),
        tables,
        failed,
      },
      null,
      1,
    )
  } finally {
    raw.close()
  }
}
