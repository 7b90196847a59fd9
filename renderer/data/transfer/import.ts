import type { z } from 'zod'
import type { TidemarkDatabase } from '../db'
import {
  storedEngineSettingsSchema,
  storedProfileSchema,
  type SkillSnapshot,
  type StoredEngineSettings,
  type StoredGoal,
  type StoredProfile,
  type StoredJournalEntry,
  type StoredOffer,
  type StoredSkill,
} from '../records'
import { bumpJournalRevision } from '../repositories/meta'
import { DEFAULT_RULESET } from '../../domain/ruleset/default-ruleset'
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  exportDocumentSchema,
  type ExportDocument,
  transferTables,
  type ExportTable,
} from './export-format'
import { writeInChunks } from './chunked-write'
import { checkStructure, parseImportJson } from './import-checks'
import { ImportRefused, QUOTED, quoted, type ImportIssue } from './import-problems'
import { issueDetail } from './issue-detail'
import { recordLabel } from './record-label'
import { canonicalJson, mergeDecision, sameRecord, type MergeDecision } from './merge'
import { mergeOneRow, ONE_ROW_RULES, type OneRowRule, type Pins } from './merge-one-row'
import { socialInsuranceCities, type SocialInsuranceCities } from './merge-city'
import { currentPayFrom, withPayStamp, type CurrentPayNote } from './merge-pay'
import { figuresFrom, withFigureStamps, type FigureNotes } from './merge-figures'
import { checkOverrides } from './overrides-file'
import { throwIfCancelled, type TransferOptions } from './progress'
import type { StoredVersions } from './stored-versions'

export type ImportMode = 'replace' | 'merge'

/**
 * What an import did to one table, record by record (matched by id; snapshots by date). Each
 * record of the file is counted once, in one of the first six; `removed` counts stored ones.
 */
export interface TableCounts {
  /** Records of the file with none stored under their id: written new. */
  added: number
  /** Records of the file written over a stored one that differed (a merge: the file's newer). */
  updated: number
  /** Records of the file the same as the stored one, content and all (merge.ts: sameRecord). */
  unchanged: number
  /** A merge's records whose stored copy differs and was kept, being newer than the file's. */
  keptNewer: number
  /**
   * A merge's records whose stored copy has the same `updatedAt` as the file's but different
   * content: kept, as a tie keeps what is stored (merge.ts: 'tie'); not called unchanged.
   */
  keptSameTime: number
  /** A replace's records written over a stored one not compared with it (the stored records
   *  were not handed to the import: ImportOptions.before). */
  replaced: number
  /** Stored records a replace removed: none of the file's has their id. */
  removed: number
}
export type ImportCounts = Record<ExportTable, TableCounts>

/**
 * Steps that bring an older export version up to the next one, by the version they start
 * from, each with a fixture file of the older version in tests/fixtures/exports.
 */
const upgradeExport: Partial<
  Record<number, (document: Record<string, unknown>) => Record<string, unknown>>
> = {
  // Version 2 only adds a range to a bonus in months (`monthsHigh`): a version 1 file's records
  // are version 2 records as they are. The number moves so that an app of version 1 refuses a
  // file with a range ("made by a newer Tidemark") rather than naming an unknown field.
  1: (document) => ({ ...document, version: 2 }),
  // Version 3 only adds when the profile's current pay last changed (`currentPayChangedAt`),
  // optional: a version 2 file's profile has none, and a merge reads its pay as before.
  2: (document) => ({ ...document, version: 3 }),
  // Version 4 only adds when each engine figure last changed (`figuresChangedAt`), optional: a
  // version 3 file's engine settings have none, and a merge reads their figures as before
  // (one present counts as set at the row's save, one absent as never set).
  3: (document) => ({ ...document, version: 4 }),
  // Version 5 only adds whether the profile's current pay is taxed in mainland China
  // (`currentPayTaxedInChina`), optional: a version 4 file's profile has none, which reads as
  // taxed there, as before.
  4: (document) => ({ ...document, version: 5 }),
  // Version 6 only adds when a goal was marked done (`doneAt`), optional: a version 5 file's
  // done goals have none, and say their target date only, as before (no day is made up).
  5: (document) => ({ ...document, version: 6 }),
}

const MAX_REPORTED_ISSUES = 20

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at `path` in the parsed file, or undefined where it has none. */
function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let node = document
  for (const part of path) {
    if (Array.isArray(node) && typeof part === 'number') node = node[part]
    else if (isRecord(node) && typeof part === 'string' && Object.hasOwn(node, part)) {
      node = node[part]
    } else return undefined
  }
  return node
}

function issueAt(document: unknown, issue: z.core.$ZodIssue): ImportIssue {
  const [first, table, index, ...field] = issue.path
  const where = (parts: readonly PropertyKey[]) => quoted(parts.map(String).join('.'), QUOTED.path)
  const message = quoted(issue.message, QUOTED.message)
  const detail = issueDetail(issue, valueAt(document, issue.path) === undefined)
  if (first !== 'data' || typeof table !== 'string') {
    return { table: null, index: null, id: null, field: where(issue.path), detail, message }
  }
  const tableName = (EXPORT_TABLES as readonly string[]).includes(table)
    ? (table as ExportTable)
    : null
  if (typeof index !== 'number') {
    return {
      table: tableName,
      index: null,
      id: null,
      field: where([index, ...field].filter((part) => part !== undefined)),
      detail,
      message,
    }
  }
  const row = valueAt(document, ['data', table, index])
  const id = isRecord(row) && typeof row['id'] === 'string' ? quoted(row['id'], QUOTED.id) : null
  const label = tableName === null ? null : recordLabel(tableName, row, field[0])
  return {
    table: tableName,
    index,
    id,
    ...(label === null ? {} : { label }),
    field: where(field),
    detail,
    message,
  }
}

/**
 * Reads and checks a whole import file before anything is written: JSON, structure, envelope,
 * version (older versions upgraded, newer refused) and every record against the export schema.
 * Throws ImportRefused naming what is wrong and where; returns the document otherwise.
 */
export function checkImportText(text: string): ExportDocument {
  // An empty file, and one that is no JSON object at all (a CSV, notes), were "not valid JSON,
  // perhaps cut short or edited by hand" (new-user trial 22 #5): said for what they are. An
  // export is one object, so text that does not open with "{" is no export, cut or whole.
  // The first character that is not a space or the byte-order mark: no copy of a large text.
  const first = /[^\s\uFEFF]/.exec(text)?.[0]
  if (first === undefined) throw new ImportRefused({ code: 'empty' })
  if (first !== '{') throw new ImportRefused({ code: 'not-tidemark' })
  const parsed = parseImportJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  checkStructure(parsed)
  if (!isRecord(parsed) || parsed['format'] !== EXPORT_FORMAT) {
    throw new ImportRefused({ code: 'not-tidemark' })
  }
  let document = parsed
  const version = document['version']
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new ImportRefused({ code: 'newer-version', version, supported: EXPORT_VERSION })
  }
  if (typeof version === 'number') {
    for (let from = version; from < EXPORT_VERSION; from++) {
      const step = upgradeExport[from]
      if (!step) break
      document = step(document)
    }
  }
  const result = exportDocumentSchema.safeParse(document)
  if (result.success) {
    // Overrides are checked as the repository applies them (rulesetFrom: to the article's
    // ruleset), each problem named by rule id as the Rules screen names it.
    const overrides = result.data.data.rulesetOverrides
    const checked = overrides ? checkOverrides(overrides.overrides, DEFAULT_RULESET) : null
    if (checked && !checked.ok) {
      throw new ImportRefused({
        code: 'invalid',
        issues: checked.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
          const quotedIssue = {
            ...issue,
            path: quoted(issue.path, QUOTED.path),
            field: quoted(issue.field, QUOTED.path),
            ruleId: issue.ruleId === null ? null : quoted(issue.ruleId, QUOTED.id),
            message: quoted(issue.message, QUOTED.message),
          }
          return {
            table: 'rulesetOverrides',
            index: null,
            id: null,
            field: quoted(`overrides.${issue.path}`, QUOTED.path),
            detail: { code: 'override', issue: quotedIssue },
            message: quotedIssue.message,
          }
        }),
        more: Math.max(0, checked.issues.length - MAX_REPORTED_ISSUES),
      })
    }
    return result.data
  }
  const issues = result.error.issues
  throw new ImportRefused({
    code: 'invalid',
    issues: issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => issueAt(document, issue)),
    more: Math.max(0, issues.length - MAX_REPORTED_ISSUES),
  })
}

/** The part of a Dexie table an import writes through (any table, whatever its key type). */
interface WritableTable<Row> {
  toCollection(): { primaryKeys(): Promise<unknown[]> }
  get(key: string): Promise<Row | undefined>
  bulkGet(keys: string[]): Promise<(Row | undefined)[]>
  put(row: Row): Promise<unknown>
  bulkPut(rows: readonly Row[]): Promise<unknown>
  bulkAdd(rows: readonly Row[]): Promise<unknown>
}

function emptyCounts(): ImportCounts {
  return Object.fromEntries(
    EXPORT_TABLES.map((name) => [
      name,
      {
        added: 0,
        updated: 0,
        unchanged: 0,
        keptNewer: 0,
        keptSameTime: 0,
        replaced: 0,
        removed: 0,
      },
    ]),
  ) as ImportCounts
}

function tally(counts: TableCounts, decision: MergeDecision): void {
  if (decision === 'add') counts.added++
  else if (decision === 'update') counts.updated++
  else if (decision === 'keep') counts.keptNewer++
  else if (decision === 'tie') counts.keptSameTime++
  else counts.unchanged++
}

/**
 * What a replace does to one record of the file, given whether one is stored under its key and
 * that stored copy (undefined: not known): `replaced` when it cannot tell. The same stamp is not
 * enough to call it unchanged: a copy saved at the same instant with other content (a tie, to a
 * merge) is written over, so it is counted as differing.
 */
function replaceDecision(
  isStored: boolean,
  storedCopy: object | undefined,
  incoming: object,
): MergeDecision | 'replaced' {
  if (!isStored) return 'add'
  if (storedCopy === undefined) return 'replaced'
  return sameRecord(storedCopy, incoming) ? 'unchanged' : 'update'
}

/** What an import does beyond TransferOptions. */
export interface ImportOptions extends TransferOptions {
  /**
   * The journal entries the import writes (added or changed), a few hundred at a time, as
   * they are handed to IndexedDB: the search worker indexes them while the write goes on. Nothing is
   * stored until the whole transaction commits; if it does not, these were never written.
   */
  onJournalWritten?: (entries: readonly StoredJournalEntry[]) => void
  /**
   * A replace: the stored records as read just before (the export made for its undo:
   * ExportOptions.onRead, then storedVersions), so that it counts which records differ
   * without reading them again. Without them, a record written over a stored one is counted
   * `replaced`.
   */
  before?: StoredVersions
}

/** Write progress is reported at most once per this many records (and at the end). */
const PROGRESS_STEP = 500

/**
 * A one-row record a merge combined from both copies (merge-one-row.ts), for the result to say
 * what each copy gave: the newer copy stands where both have a value.
 */
export interface CombinedRecord {
  /** The stored copy was newer: the fields it left empty, taken from the file ('currentPay'). */
  filledFromFile: string[]
  /** The stored copy was newer: the exchange rates only the file had, by currency ('USD'). */
  ratesAdded: string[]
  /** The file's copy was newer: the fields it left empty, kept from the stored one. */
  keptFromStored: string[]
  /** The file's copy was newer: the exchange rates only the stored one had, kept. */
  ratesKept: string[]
  /**
   * The engine settings: the two profiles name different cities, so the social-insurance
   * figures (each job's own city's) came whole from the copy whose city stands, not mixed.
   * Only where the other copy's figures differ.
   */
  socialInsuranceCity?: SocialInsuranceCities
  /**
   * The profile: what decided the current pay where it was not the newer profile's, nor a fill
   * of one never set (merge-pay.ts): a removal kept or taken, a pay set later in one copy.
   */
  currentPay?: CurrentPayNote
  /**
   * The engine settings: figures decided by when each was last set, changed or cleared
   * (merge-figures.ts), not by the newer copy: a clearing kept or taken, a figure set later in
   * the older copy. By what the result says of them.
   */
  figures?: FigureNotes
}

/** What a pinned merge adds to the result: fields the pins filled, and the notes above. */
type PinNote = Pick<CombinedRecord, 'socialInsuranceCity' | 'currentPay' | 'figures'> & {
  filled?: string[]
}
export type CombinedRecords = Partial<Record<keyof typeof ONE_ROW_RULES, CombinedRecord>>

/** An import's result: what changed, and the journal revision its transaction committed. */
export interface AppliedImport {
  counts: ImportCounts
  /** The one-row records a merge combined from both copies (a combined record is counted
   *  `updated`), or kept whole with something to say (a removal kept, another city's social
   *  insurance figures not taken); empty after a replace, or when one copy simply stood. */
  combined: CombinedRecords
  revision: number
  /**
   * How many journal entries were stored before and left as they were (not in the file, or
   * not older there): the ones the search index of the import must still read. 0 after a
   * replace or a merge into an empty journal; null when not known (a merge without entries).
   */
  journalKept: number | null
}

/**
 * Writes a checked document in ONE transaction: replace (every table emptied, then filled) or
 * merge (by id, newest `updatedAt` wins). A cancel, an error or a closed browser mid-way
 * leaves exactly the old data; after commit, the journal revision has moved, so the search
 * index is rebuilt. Returns what changed, table by table.
 */
export async function applyImport(
  db: TidemarkDatabase,
  document: ExportDocument,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  return (await applyImportAt(db, document, mode, options)).counts
}

/** applyImport, also giving the journal revision the import committed (for the search index). */
export async function applyImportAt(
  db: TidemarkDatabase,
  document: ExportDocument,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<AppliedImport> {
  const { onProgress, signal } = options
  const { data } = document
  const counts = emptyCounts()
  const combined: CombinedRecords = {}
  let journalKept: number | null = mode === 'replace' ? 0 : null
  const total = EXPORT_TABLES.reduce((sum, name) => {
    const value = data[name]
    return sum + (Array.isArray(value) ? value.length : value === null ? 0 : 1)
  }, 0)
  let done = 0
  let reported = 0
  const advance = (count: number) => {
    done += count
    if (done - reported >= PROGRESS_STEP || done === total) {
      reported = done
      onProgress?.({ phase: 'write', done, total })
    }
    throwIfCancelled(signal)
  }

  // One list table: records in chunks (chunked-write.ts); a merge first reads, with one
  // bulkGet, the stored twins of the incoming records.
  const writeList = async <Row extends object>(
    name: ExportTable,
    table: WritableTable<Row>,
    rows: readonly Row[],
    keyOf: (row: Row) => string,
    onWritten?: (rows: readonly Row[]) => void,
  ) => {
    let found = new Map<string, Row | undefined>()
    if (mode === 'replace') {
      // The keys stored before the replace emptied the table: records of the file with one of
      // them are written over a stored one, the rest added; the keys none took are removed.
      const storedKeys = replacedKeys.get(name) ?? new Set<string>()
      const storedCopies = options.before?.[name]
      let matched = 0
      const tableCounts = counts[name]
      await writeInChunks(rows, {
        write: (written) => table.bulkAdd(written),
        select: (chunk) => {
          for (const row of chunk) {
            const key = keyOf(row)
            const isStored = storedKeys.has(key)
            if (isStored) matched++
            const decision = replaceDecision(isStored, storedCopies?.get(key), row)
            if (decision === 'replaced') tableCounts.replaced++
            else tally(tableCounts, decision)
          }
          return chunk
        },
        advance,
        onWritten,
      })
      tableCounts.removed = storedKeys.size - matched
      return
    }
    if (rows.length > 0) {
      // Look up only the ids already stored: a merge into an empty or small table would
      // otherwise cost one read per incoming record (measured: 2.8 s for 50,000).
      const storedKeys = new Set((await table.toCollection().primaryKeys()).map(String))
      // An empty table has none (the file's keys are not even listed: at 50,000 entries that
      // was most of the longest task at the start of the write).
      const present =
        storedKeys.size === 0 ? [] : rows.map(keyOf).filter((key) => storedKeys.has(key))
      if (present.length > 0) {
        const twins = await table.bulkGet(present)
        found = new Map(present.map((key, index) => [key, twins[index]]))
      }
      if (name === 'journal') journalKept = storedKeys.size
    }
    // None of the incoming keys is stored: every record is new, so each is added, without
    // IndexedDB looking for one to overwrite (a replace, above, emptied the table first). The
    // file's keys are each there once (the export schema refuses duplicates).
    const allNew = found.size === 0
    await writeInChunks(rows, {
      write: (written) => (allNew ? table.bulkAdd(written) : table.bulkPut(written)),
      select: (chunk) =>
        chunk.filter((row) => {
          const decision = mergeDecision(found.get(keyOf(row)), row)
          tally(counts[name], decision)
          return decision === 'add' || decision === 'update'
        }),
      advance,
      onWritten,
    })
  }
  const writeOne = async <Row extends { updatedAt?: string | undefined }>(
    name: ExportTable,
    table: WritableTable<Row>,
    key: string,
    row: Row | null,
    fieldByField?: {
      rule: OneRowRule
      schema: z.ZodType<Row>
      table: keyof CombinedRecords
      /** Fields a merge takes whole from one copy, and what the result says of it. */
      pins?: (stored: Row, file: Row) => { pins: Pins; note?: PinNote } | null
      /** The merged row made ready to write: stamps for values that came without one. */
      settle?: (merged: Row, stored: Row, file: Row) => Row
    },
  ) => {
    const stored = mode === 'replace' ? replacedRows.get(name) : undefined
    if (row === null) {
      if (stored !== undefined) counts[name].removed = 1
      return
    }
    if (mode === 'replace') {
      const decision = replaceDecision(stored !== undefined, stored, row)
      // A stored row's version is always known here: never 'replaced'.
      if (decision !== 'replaced') tally(counts[name], decision)
      await table.put(row)
    } else {
      const storedRow = await table.get(key)
      if (fieldByField === undefined || storedRow === undefined) {
        const decision = mergeDecision(storedRow, row)
        tally(counts[name], decision)
        if (decision === 'add' || decision === 'update') await table.put(row)
      } else {
        // The newer copy stands where both have a value; what it leaves empty comes from the
        // other; pinned fields come whole from the copy the caller names.
        const pins = fieldByField.pins?.(storedRow, row)
        const merged = mergeOneRow(
          storedRow,
          row,
          fieldByField.rule,
          fieldByField.schema,
          pins?.pins,
        )
        const rates = merged.keysAdded['exchangeRates'] ?? []
        const { filled: pinnedFilled = [], ...notes } = pins?.note ?? {}
        const filled = [...pinnedFilled, ...merged.filled]
        const fromFile = !merged.fileIsNewer
        if (filled.length > 0 || rates.length > 0 || Object.keys(notes).length > 0) {
          combined[fieldByField.table] = {
            filledFromFile: fromFile ? filled : [],
            ratesAdded: fromFile ? rates : [],
            keptFromStored: fromFile ? [] : filled,
            ratesKept: fromFile ? [] : rates,
            ...notes,
          }
        }
        tally(counts[name], merged.decision)
        if (merged.write !== null) {
          const settle = fieldByField.settle ?? ((written: Row) => written)
          await table.put(settle(merged.write, storedRow, row))
        }
      }
    }
    advance(1)
  }

  /** A replace's stored keys of each list table, and its stored one-row tables' rows, taken
   *  before the tables are emptied (keys only: no record is read). */
  const replacedKeys = new Map<ExportTable, Set<string>>()
  const replacedRows = new Map<ExportTable, object>()

  const tables = transferTables(db)
  const revision = await db.transaction('rw', [...tables, db.meta], async () => {
    if (mode === 'replace') {
      for (const [position, table] of tables.entries()) {
        const name = EXPORT_TABLES[position] as ExportTable
        if (Array.isArray(data[name])) {
          const keys = await table.toCollection().primaryKeys()
          replacedKeys.set(name, new Set(keys.map(String)))
        } else {
          const [row] = await table.toArray()
          if (row !== undefined) replacedRows.set(name, row)
        }
        await table.clear()
      }
    }
    await writeOne('settings', db.settings, 'app', data.settings)
    // The profiles' cities, for where the social-insurance figures belong (merge-city.ts).
    const storedProfile = mode === 'merge' ? await db.profile.get('me') : undefined
    await writeOne<StoredProfile>('profile', db.profile, 'me', data.profile, {
      rule: ONE_ROW_RULES.profile,
      schema: storedProfileSchema,
      table: 'profile',
      settle: withPayStamp,
      pins: (stored, file) => {
        // The pay set, changed or removed last stands, with its stamp and its tax place
        // (merge-pay.ts): a Hong Kong pay never takes the other copy's mainland taxing.
        const pay = currentPayFrom(stored, file, mergeDecision(stored, file) === 'update')
        return {
          pins: {
            currentPay: pay.from,
            currentPayChangedAt: pay.from,
            currentPayTaxedInChina: pay.from,
          },
          note: {
            ...(pay.note === null ? {} : { currentPay: pay.note }),
            ...(pay.filled ? { filled: ['currentPay'] } : {}),
          },
        }
      },
    })
    await writeList<StoredSkill>('skills', db.skills, data.skills, (row) => row.id)
    // Snapshots carry no timestamp: a merge keeps the stored day and adds the missing ones.
    await writeList<SkillSnapshot>(
      'skillSnapshots',
      db.skillSnapshots,
      data.skillSnapshots,
      (row) => row.date,
    )
    await writeList<StoredOffer>('offers', db.offers, data.offers, (row) => row.id)
    await writeList<StoredJournalEntry>(
      'journal',
      db.journal,
      data.journal,
      (row) => row.id,
      options.onJournalWritten,
    )
    await writeList<StoredGoal>('goals', db.goals, data.goals, (row) => row.id)
    const mergedProfile = mode === 'merge' ? await db.profile.get('me') : undefined
    await writeOne<StoredEngineSettings>(
      'engineSettings',
      db.engineSettings,
      'engine',
      data.engineSettings,
      {
        rule: ONE_ROW_RULES.engineSettings,
        schema: storedEngineSettingsSchema,
        table: 'engineSettings',
        settle: withFigureStamps,
        pins: (stored, file) => {
          const fileIsNewer = mergeDecision(stored, file) === 'update'
          // Figures for "each job's own city" stand for the profile's city: not mixed across two.
          const auto = (row: StoredEngineSettings) => row.socialInsurance.cityPreset === 'auto'
          const cities =
            auto(stored) && auto(file)
              ? socialInsuranceCities(
                  { stored: storedProfile, file: data.profile, merged: mergedProfile },
                  DEFAULT_RULESET.cities,
                )
              : null
          // Another preset's figures are not mixed in either: the newer copy's stand whole.
          const otherPreset = stored.socialInsurance.cityPreset !== file.socialInsurance.cityPreset
          const newer = fileIsNewer ? 'file' : 'stored'
          // A figure cleared after the other copy's was set stays cleared (merge-figures.ts).
          const figures = figuresFrom(
            stored,
            file,
            fileIsNewer,
            cities?.kept ?? (otherPreset ? newer : null),
          )
          const differ =
            canonicalJson(stored.socialInsurance) !== canonicalJson(file.socialInsurance)
          return {
            pins: { ...figures.pins, ...(cities ? { socialInsurance: cities.kept } : {}) },
            note: {
              ...(cities && differ ? { socialInsuranceCity: cities } : {}),
              ...(Object.keys(figures.notes).length > 0 ? { figures: figures.notes } : {}),
            },
          }
        },
      },
    )
    await writeOne('rulesetOverrides', db.rulesetOverrides, 'overrides', data.rulesetOverrides)
    return bumpJournalRevision(db)
  })
  if (mode === 'merge' && journalKept !== null) journalKept -= counts.journal.updated
  return { counts, combined, revision, journalKept }
}

/** Checks the whole file, then writes it: the one call the Settings screen makes. */
export async function importText(
  db: TidemarkDatabase,
  text: string,
  mode: ImportMode,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  options.onProgress?.({ phase: 'check', done: 0, total: 1 })
  const document = checkImportText(text)
  throwIfCancelled(options.signal)
  return applyImport(db, document, mode, options)
}
