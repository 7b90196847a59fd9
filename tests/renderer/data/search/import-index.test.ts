import { describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { readJournalRevision } from '../../../../renderer/data/repositories/meta'
import { indexedEntry } from '../../../../renderer/data/search/indexed-entry'
import { SearchService } from '../../../../renderer/data/search/search-service'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import {
  applyImportAt,
  checkImportText,
  type ImportMode,
} from '../../../../renderer/data/transfer/import'
import { TransferCancelled } from '../../../../renderer/data/transfer/progress'
import { generateExport } from '../../../helpers/export-generator'
import { fold, freshDatabases, idsFound } from './search-fixtures'

const freshDb = freshDatabases('import-index')

const ids = idsFound

/** An import as the Settings screen runs it: the index built beside the write. */
async function importBeside(
  service: SearchService,
  db: TidemarkDatabase,
  text: string,
  mode: ImportMode,
  signal?: AbortSignal,
) {
  service.beginImport(mode)
  try {
    const { revision, journalKept } = await applyImportAt(db, checkImportText(text), mode, {
      ...(signal ? { signal } : {}),
      onJournalWritten: (entries) => {
        service.importEntries(entries.map(indexedEntry))
      },
    })
    return await service.commitImport(revision, journalKept)
  } catch (error) {
    service.abortImport()
    throw error
  }
}

async function withOldEntry() {
  const db = freshDb()
  const old = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-11-01',
    title: 'Quantum computing, the old journal',
  })
  const service = new SearchService(db, fold)
  await service.open()
  return { db, old, service }
}

describe('an import’s search index, built beside its write', { timeout: 30_000 }, () => {
  it('answers for the new journal as soon as the import commits; its copy is stored after', async () => {
    const { db, old, service } = await withOldEntry()
    const file = generateExport(400, 41)
    const status = await importBeside(service, db, file.text, 'replace')
    expect(status).toEqual({ documents: 400, source: 'rebuilt', rebuildReason: 'imported' })
    expect(service.search('quant', 50).total).toBe(file.counts.quant)
    expect(service.search('推理', 50).total).toBe(file.counts['推理'])
    expect(ids(service, 'quantum')).not.toContain(old.id)

    // Not stored yet: a crash now leaves the old copy, older than the journal, so rebuilt.
    const stored = await db.searchIndex.get('journal')
    expect(stored?.revision).toBeLessThan(await readJournalRevision(db))
    const afterCrash = new SearchService(db, fold)
    expect((await afterCrash.open()).rebuildReason).toBe('stale')
    expect(ids(afterCrash, 'quant')).toEqual(ids(service, 'quant'))

    await service.flush()
    const next = new SearchService(db, fold)
    expect(await next.open()).toEqual({ documents: 400, source: 'loaded' })
    expect(ids(next, '訓練')).toEqual(ids(service, '訓練'))
  })

  it('a merge keeps the stored entries the file does not change, and the file’s newer ones win', async () => {
    const db = freshDb()
    const changed = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Quantization notes',
    })
    const kept = await saveJournalEntry(db, {
      kind: 'project',
      date: '2026-11-02',
      title: 'vLLM 部署',
    })
    const document = checkImportText(await exportDocument(db, { version: 't', now: new Date() }))
    const [first] = document.data.journal
    if (!first) throw new Error('the export lost the journal')
    const later = new Date(Date.parse(first.updatedAt) + 60_000).toISOString()
    document.data.journal = [
      { ...first, id: changed.id, title: 'LoRA 微调', updatedAt: later },
      { ...first, id: crypto.randomUUID(), title: 'DeepSpeed ZeRO' },
    ]
    const service = new SearchService(db, fold)
    await service.open()
    const status = await importBeside(service, db, JSON.stringify(document), 'merge')
    expect(status.documents).toBe(3)
    expect(ids(service, 'quant')).toEqual([])
    expect(ids(service, '微調')).toEqual([changed.id])
    expect(ids(service, 'vllm')).toEqual([kept.id])
    expect(ids(service, 'deepspeed')).toHaveLength(1)
    await service.flush()
  })

  it('a merge into an empty journal reads back none of what it wrote; one into a stored journal reads only the kept entries', async () => {
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    const bulkGet = vi.spyOn(db.journal, 'bulkGet')
    const file = generateExport(300, 44)
    const status = await importBeside(service, db, file.text, 'merge')
    expect(status).toEqual({ documents: 300, source: 'rebuilt', rebuildReason: 'imported' })
    expect(bulkGet).not.toHaveBeenCalled()
    expect(service.search('quant', 50).total).toBe(file.counts.quant)

    // The same file again, and 300 more: the first 300 are kept as stored, and read.
    const more = generateExport(600, 44)
    expect((await importBeside(service, db, more.text, 'merge')).documents).toBe(600)
    // The import's own read of the stored twins, then the index's read of the kept entries.
    expect(bulkGet).toHaveBeenCalledTimes(2)
    const read = bulkGet.mock.calls[1]?.[0] ?? []
    expect(read).toHaveLength(300)
    expect(new Set(read)).toEqual(new Set(file.ids))
    expect(service.search('quant', 50).total).toBe(more.counts.quant)
    await service.flush()
  })

  it('a merge told wrongly that nothing stored was kept rebuilds from what is stored', async () => {
    const { db, old, service } = await withOldEntry()
    const file = generateExport(200, 45)
    service.beginImport('merge')
    const { revision } = await applyImportAt(db, checkImportText(file.text), 'merge', {
      onJournalWritten: (entries) => {
        service.importEntries(entries.map(indexedEntry))
      },
    })
    expect((await service.commitImport(revision, 0)).rebuildReason).toBe('corrupt')
    expect(ids(service, 'quantum')).toEqual([old.id])
    expect(service.documents).toBe(201)
  })

  it('entries the import writes win over the stored copies a merge reads, whenever that read lands', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Quantization',
    })
    const service = new SearchService(db, fold)
    await service.open()
    service.beginImport('merge')
    // Sent before the stored read has answered: the read must not put the old text back.
    service.importEntries([indexedEntry({ ...entry, title: 'LoRA 微调' })])
    await db.transaction('rw', [db.journal, db.meta], async () => {
      await db.journal.put({ ...entry, title: 'LoRA 微调' })
    })
    // The revision the import's transaction would have written.
    const revision = (await readJournalRevision(db)) + 1
    await db.meta.put({ key: 'journalRevision', value: revision })
    await service.commitImport(revision)
    expect(ids(service, 'quant')).toEqual([])
    expect(ids(service, 'lora')).toEqual([entry.id])
    await service.flush()
  })

  it('a cancelled import leaves the index in use as it was', async () => {
    const { db, old, service } = await withOldEntry()
    const controller = new AbortController()
    const file = generateExport(5000, 42)
    let chunks = 0
    service.beginImport('replace')
    await expect(
      applyImportAt(db, checkImportText(file.text), 'replace', {
        signal: controller.signal,
        onProgress: () => {
          if (++chunks === 2) controller.abort()
        },
        onJournalWritten: (entries) => {
          service.importEntries(entries.map(indexedEntry))
        },
      }),
    ).rejects.toBeInstanceOf(TransferCancelled)
    service.abortImport()
    expect(await db.journal.count()).toBe(1)
    expect(ids(service, 'quantum')).toEqual([old.id])
    await expect(service.commitImport(99)).rejects.toThrow('no import in progress')
  })

  it('rebuilds from what is stored when the built index does not hold the whole journal', async () => {
    const { db, service } = await withOldEntry()
    const file = generateExport(300, 43)
    service.beginImport('replace')
    // Written, but never sent to the index (a chunk lost on the way).
    const { revision } = await applyImportAt(db, checkImportText(file.text), 'replace')
    expect(await service.commitImport(revision)).toEqual({
      documents: 300,
      source: 'rebuilt',
      rebuildReason: 'corrupt',
    })
    expect(service.search('quant', 50).total).toBe(file.counts.quant)
  })

  it('keeps the index it has when it already followed a later change', async () => {
    const { db, service } = await withOldEntry()
    service.beginImport('replace')
    service.importEntries([])
    const revision = await readJournalRevision(db)
    expect((await service.commitImport(revision)).documents).toBe(1)
    expect(ids(service, 'quantum')).toHaveLength(1)
  })
})
