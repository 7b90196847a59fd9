import type { TidemarkDatabase } from '../db'
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  exportDataSchema,
  transferTables,
  type ExportData,
} from './export-format'
import { CHUNK, nextTask, throwIfCancelled, type TransferOptions } from './progress'

/** What an export does beyond TransferOptions. */
export interface ExportOptions extends TransferOptions {
  /** The data as read and checked, before it is written out: a replace's export (made for its
   *  undo) hands it on, so the replace compares its records without reading them again. */
  onRead?: (data: ExportData) => void
}

/** Every table, read in one transaction so the file is one consistent moment of the data. */
export async function readExportData(db: TidemarkDatabase): Promise<ExportData> {
  return db.transaction('r', transferTables(db), async () => {
    const byId = <T extends { id: string }>(rows: T[]) =>
      rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    const [settings, profile, skills, skillSnapshots, offers, journal, goals, engine, overrides] =
      await Promise.all([
        db.settings.get('app'),
        db.profile.get('me'),
        db.skills.toArray(),
        db.skillSnapshots.orderBy('date').toArray(),
        db.offers.toArray(),
        db.journal.toArray(),
        db.goals.toArray(),
        db.engineSettings.get('engine'),
        db.rulesetOverrides.get('overrides'),
      ])
    return {
      settings: settings ?? null,
      profile: profile ?? null,
      skills: byId(skills),
      skillSnapshots,
      offers: byId(offers),
      // Newest last, as a journal reads; same-day entries by id so the order is stable.
      journal: journal.sort((a, b) =>
        a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      ),
      goals: byId(goals),
      engineSettings: engine ?? null,
      rulesetOverrides: overrides ?? null,
    }
  })
}

/**
 * The export document as text: one record a line, records in a fixed order and each in its
 * schema's key order, so exporting, importing and exporting again gives the same bytes but
 * for `exportedAt`. Records are re-checked by the export schema on the way out: a row that no
 * longer parses stops the export with its table and id named, rather than writing a file the
 * import would refuse. The caller records the export (meta.recordExport) once the file is saved.
 */
export async function exportDocument(
  db: TidemarkDatabase,
  app: { version: string; now: Date },
  options: ExportOptions = {},
): Promise<string> {
  const { onProgress, signal } = options
  onProgress?.({ phase: 'read', done: 0, total: 1 })
  const raw = await readExportData(db)
  throwIfCancelled(signal)
  const data = exportDataSchema.parse(raw)
  options.onRead?.(data)
  const total = EXPORT_TABLES.reduce((sum, name) => {
    const value = data[name]
    return sum + (Array.isArray(value) ? value.length : 1)
  }, 0)
  let done = 0
  const parts: string[] = [
    '{\n',
    `  "format": ${JSON.stringify(EXPORT_FORMAT)},\n`,
    `  "version": ${EXPORT_VERSION},\n`,
    `  "exportedAt": ${JSON.stringify(app.now.toISOString())},\n`,
    `  "app": ${JSON.stringify({ name: 'Tidemark', version: app.version })},\n`,
    '  "data": {\n',
  ]
  for (const [position, name] of EXPORT_TABLES.entries()) {
    const value = data[name]
    const comma = position < EXPORT_TABLES.length - 1 ? ',' : ''
    if (!Array.isArray(value)) {
      parts.push(`    ${JSON.stringify(name)}: ${JSON.stringify(value)}${comma}\n`)
      done += 1
      continue
    }
    if (value.length === 0) {
      parts.push(`    ${JSON.stringify(name)}: []${comma}\n`)
      continue
    }
    parts.push(`    ${JSON.stringify(name)}: [\n`)
    for (let start = 0; start < value.length; start += CHUNK) {
      const end = Math.min(value.length, start + CHUNK)
      for (let index = start; index < end; index++) {
        parts.push(`      ${JSON.stringify(value[index])}${index < value.length - 1 ? ',' : ''}\n`)
      }
      done += end - start
      onProgress?.({ phase: 'serialize', done, total })
      await nextTask()
      throwIfCancelled(signal)
    }
    parts.push(`    ]${comma}\n`)
  }
  onProgress?.({ phase: 'serialize', done: total, total })
  parts.push('  }\n}\n')
  return parts.join('')
}
