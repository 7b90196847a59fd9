import type { TidemarkDatabase } from '../../../data/db'
import type { JournalSearch, PreparedImport } from '../../../data/search/search-client'
import type { ExportDocument } from '../../../data/transfer/export-format'
import { exportDocument } from '../../../data/transfer/export'
import {
  applyImportAt,
  type CombinedRecords,
  type ImportCounts,
  type ImportMode,
} from '../../../data/transfer/import'
import { storedVersions, type StoredVersions } from '../../../data/transfer/stored-versions'
import type { TransferOptions } from '../../../data/transfer/progress'
import type { PlatformBackups } from '../../../platform'

export interface ImportOutcome {
  counts: ImportCounts
  /** The one-row records a merge combined from both copies, and what each copy gave. */
  combined: CombinedRecords
  /** The backup of the data as it was, made before a replace (desktop app); null otherwise. */
  undoBackup: string | null
  /** The export document of the data as it was, made before a replace where no backup can be
   *  written (browser mode), for the caller to keep so the replace can be undone; null otherwise. */
  keptBefore: string | null
  /** False when the data is in but the search index could not be rebuilt (it will be at the
   *  next start: the journal's revision moved). */
  searchReady: boolean
}

/**
 * The one way a checked document replaces or joins the stored data, for an import and for a
 * restore alike. In the desktop app a replace first saves the data as it is as a
 * 'before-restore' backup, so it can be undone; if that backup cannot be written, nothing is
 * replaced. Then one transaction writes the document while the search worker indexes the
 * journal entries it writes; once it commits, that index answers (or, if it could not be
 * built, the index is rebuilt from what is stored).
 * In browser mode there are no backups: a replace then exports the data as it is first, the
 * same document, and returns it (keptBefore) for the caller to keep; an export that fails
 * stops the replace as a failed backup does. `keepBefore: false` skips it, for an undo.
 */
export async function importWithUndo(
  services: { db: TidemarkDatabase; search: JournalSearch; backups: PlatformBackups | null },
  document: ExportDocument,
  mode: ImportMode,
  options: TransferOptions & {
    onIndexing?: () => void
    /** The file's index drafted while it was checked (JournalSearch.prepareImport). */
    prepared?: PreparedImport | null
    /** Keep the data as it was before a replace (default true). */
    keepBefore?: boolean
  } = {},
): Promise<ImportOutcome> {
  const { db, search, backups } = services
  let undoBackup: string | null = null
  let keptBefore: string | null = null
  let before: StoredVersions | undefined
  if (mode === 'replace' && options.keepBefore !== false) {
    // The export for the undo reads every stored record: kept as it reads them, they
    // let the replace tell which of its records differ from yours without a second read.
    const current = await exportDocument(
      db,
      { version: __APP_VERSION__, now: new Date() },
      {
        onRead: (data) => {
          before = storedVersions(data)
        },
      },
    )
    if (backups) undoBackup = (await backups.write(current, 'before-restore')).fileName
    else keptBefore = current
  }
  const indexing = search.beginImport(mode, options.prepared ?? null)
  let applied
  try {
    applied = await applyImportAt(db, document, mode, {
      ...options,
      ...(before ? { before } : {}),
      onJournalWritten: (entries) => {
        indexing.add(entries)
      },
    })
  } catch (error) {
    indexing.abort()
    throw error
  }
  options.onIndexing?.()
  const searchReady = await indexing.commit(applied.revision, applied.journalKept).then(
    () => true,
    () =>
      search.rebuild().then(
        () => true,
        () => false,
      ),
  )
  return { counts: applied.counts, combined: applied.combined, undoBackup, keptBefore, searchReady }
}
