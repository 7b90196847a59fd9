import { describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { draftEntries, MAX_DRAFT_BYTES } from '../../../../renderer/data/search/import-draft'
import { startInProcessSearch } from '../../../../renderer/data/search/in-process-search'
import { indexedEntry } from '../../../../renderer/data/search/indexed-entry'
import { SearchService } from '../../../../renderer/data/search/search-service'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import {
  applyImportAt,
  checkImportText,
  type ImportMode,
} from '../../../../renderer/data/transfer/import'
import { generateExport } from '../../../helpers/export-generator'
import { fold, freshDatabases, idsFound } from './search-fixtures'

const freshDb = freshDatabases('import-draft')

const bytesOf = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer

const ids = idsFound

/**
 * An import as the Settings screen runs it: the file's index drafted while it is "checked"
 * (`prepared`: whether prepareImport was called), then the write, its entries sent as written.
 * Answers whether the draft was still followed when the write ended.
 */
async function importWith(
  service: SearchService,
  db: TidemarkDatabase,
  file: string | ArrayBuffer,
  text: string,
  mode: ImportMode,
  key: number | null,
) {
  if (key !== null) service.prepareImport(key, file)
  // The check, as the app runs it elsewhere meanwhile.
  const document = checkImportText(text)
  service.beginImport(mode, key)
  const { revision, journalKept } = await applyImportAt(db, document, mode, {
    onJournalWritten: (entries) => {
      service.importEntries(entries.map(indexedEntry))
    },
  })
  const followed = service.followsDraft
  const status = await service.commitImport(revision, journalKept)
  return { followed, status }
}

/** The index's stored copy, written now. */
async function storedJson(service: SearchService, db: TidemarkDatabase) {
  await service.flush()
  return (await db.searchIndex.get('journal'))?.json
}

describe('an import file’s search index drafted while it is checked', { timeout: 30_000 }, () => {
  it('reads the file’s journal entries as the index keeps them, from its text or its bytes', () => {
    const file = generateExport(30, 61)
    const entries = checkImportText(file.text).data.journal.map(indexedEntry)
    expect(draftEntries(file.text)).toEqual(entries)
    expect(draftEntries(bytesOf(file.text))).toEqual(entries)
    expect(draftEntries(bytesOf(`\ufeff${file.text}`))).toEqual(entries)
    expect(draftEntries(`\ufeff${file.text}`)).toEqual(entries)
  })

  it('drafts nothing from what an export would not hold', () => {
    const row = {
      id: 'a',
      kind: 'interview',
      date: '2026-11-02',
      title: 't',
      body: 'b',
      tags: ['x'],
    }
    const fileOf = (journal: unknown) => JSON.stringify({ data: { journal } })
    expect(draftEntries(fileOf([row]))).toEqual([
      {
        id: 'a',
        title: 't',
        body: 'b',
        tags: 'x',
        company: '',
        kind: 'Interview 面试',
        skillIds: [],
        date: '2026-11-02',
      },
    ])
    expect(draftEntries(new Uint8Array([0x7b, 0xff, 0x7d]).buffer)).toBeNull()
    expect(draftEntries('{"data": {"journal": [')).toBeNull()
    expect(draftEntries('{"data": {}}')).toBeNull()
    expect(draftEntries('[]')).toBeNull()
    expect(draftEntries(fileOf({ 0: row }))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, tags: 'x' }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, tags: [1] }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, id: 7 }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, date: 20261102 }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, company: null }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, skillIds: 's1' }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, skillIds: [1] }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, kind: 'meeting' }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, kind: 'toString' }]))).toBeNull()
    expect(draftEntries(fileOf([{ ...row, body: 'x'.repeat(100_001) }]))).toBeNull()
    // Keys that name the prototype are read as what they are: not the fields.
    expect(draftEntries('{"data": {"__proto__": {"journal": []}}}')).toBeNull()
    expect(draftEntries(fileOf([row, null]))).toBeNull()
    // A file too large to parse twice: its index is built as it is written.
    const large = fileOf([{ ...row, body: 'x'.repeat(90_000) }]).padEnd(MAX_DRAFT_BYTES + 1)
    expect(JSON.parse(large)).toBeTruthy()
    expect(draftEntries(large)).toBeNull()
    expect(draftEntries(bytesOf(large))).toBeNull()
    expect(draftEntries(fileOf([row]).padEnd(MAX_DRAFT_BYTES))).toHaveLength(1)
  })

  it('is the import’s index when the import writes every row: the same index as one built beside the write', async () => {
    const file = generateExport(1200, 62)
    const drafted = freshDb()
    const withDraft = new SearchService(drafted, fold)
    await withDraft.open()
    const direct = freshDb()
    const beside = new SearchService(direct, fold)
    await beside.open()

    const a = await importWith(withDraft, drafted, bytesOf(file.text), file.text, 'merge', 1)
    const b = await importWith(beside, direct, file.text, file.text, 'merge', null)
    expect(a.followed).toBe(true)
    expect(b.followed).toBe(false)
    expect(a.status).toEqual({ documents: 1200, source: 'rebuilt', rebuildReason: 'imported' })
    expect(withDraft.search('quant', 50)).toEqual(beside.search('quant', 50))
    expect(withDraft.search('推理 量化', 50)).toEqual(beside.search('推理 量化', 50))
    expect(withDraft.search('quant', 50).total).toBe(file.counts.quant)
    expect(await storedJson(withDraft, drafted)).toBe(await storedJson(beside, direct))
  })

  it('is left for the entries written when a merge keeps stored ones the file has', async () => {
    const db = freshDb()
    const stored = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Zebrafish, the newer copy',
    })
    // The file holds an older copy of the stored entry among entries of its own.
    const document = checkImportText(await exportDocument(db, { version: 't', now: new Date() }))
    const [first] = document.data.journal
    if (!first) throw new Error('the export lost the journal')
    const earlier = new Date(Date.parse(first.updatedAt) - 60_000).toISOString()
    const own = generateExport(20, 63)
    const rows = checkImportText(own.text).data.journal
    document.data.journal = [
      ...rows.slice(0, 10),
      { ...first, title: 'Axolotl, the older copy', updatedAt: earlier },
      ...rows.slice(10),
    ]
    const text = JSON.stringify(document)
    const service = new SearchService(db, fold)
    await service.open()
    const { followed, status } = await importWith(service, db, text, text, 'merge', 5)
    expect(followed).toBe(false)
    expect(status.documents).toBe(21)
    expect(ids(service, 'zebrafish')).toEqual([stored.id])
    expect(ids(service, 'axolotl')).toEqual([])
    expect(service.search('quant', 50).total).toBe(own.counts.quant)
  })

  it('is left when the import writes fewer rows than the file holds, or rows of another file', async () => {
    const file = generateExport(300, 64)
    const other = generateExport(300, 65)
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    // Drafted from one file, the other one imported.
    const first = await importWith(service, db, other.text, file.text, 'replace', 6)
    expect(first.followed).toBe(false)
    expect(service.search('quant', 50).total).toBe(file.counts.quant)

    // The file's last rows not written: the draft is left at the commit.
    const document = checkImportText(other.text)
    service.prepareImport(7, other.text)
    service.beginImport('replace', 7)
    document.data.journal = document.data.journal.slice(0, 250)
    const { revision } = await applyImportAt(db, document, 'replace', {
      onJournalWritten: (entries) => {
        service.importEntries(entries.map(indexedEntry))
      },
    })
    expect(service.followsDraft).toBe(true)
    expect((await service.commitImport(revision, 0)).documents).toBe(250)
    expect(ids(service, 'quant')).toEqual(
      document.data.journal
        .filter((entry) => /quant/i.test(entry.body))
        .map((entry) => entry.id)
        .sort(),
    )
  })

  it('is finished at the commit when the write ends before the draft has indexed its rows', async () => {
    // A fast write: every chunk reaches the index, and the commit comes, before any of the
    // draft's background steps has run. The commit indexes the rest of the draft itself.
    const file = generateExport(3500, 68)
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    const written: ReturnType<typeof indexedEntry>[][] = []
    const { revision, journalKept } = await applyImportAt(
      db,
      checkImportText(file.text),
      'replace',
      {
        onJournalWritten: (entries) => {
          written.push(entries.map(indexedEntry))
        },
      },
    )
    service.prepareImport(14, file.text)
    service.beginImport('replace', 14)
    for (const chunk of written) service.importEntries(chunk)
    expect(service.followsDraft).toBe(true)
    expect(await service.commitImport(revision, journalKept)).toEqual({
      documents: 3500,
      source: 'rebuilt',
      rebuildReason: 'imported',
    })
    expect(service.search('quant', 100_000).total).toBe(file.counts.quant)
  })

  it('is followed only by the import of its own key, and not once dropped', async () => {
    const file = generateExport(100, 66)
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    service.prepareImport(8, file.text)
    service.beginImport('replace', 9)
    expect(service.followsDraft).toBe(false)
    service.abortImport()
    service.prepareImport(10, file.text)
    service.dropImport(10)
    service.beginImport('replace', 10)
    expect(service.followsDraft).toBe(false)
    service.abortImport()
    // A newer file's draft replaces the older one.
    service.prepareImport(11, file.text)
    service.prepareImport(12, file.text)
    service.beginImport('replace', 11)
    expect(service.followsDraft).toBe(false)
    service.abortImport()
    const { followed } = await importWith(service, db, file.text, file.text, 'replace', 13)
    expect(followed).toBe(true)
    expect(service.search('quant', 50).total).toBe(file.counts.quant)
  })
})

describe('a prepared import through the search client', { timeout: 30_000 }, () => {
  it('is drafted from the caller’s bytes, which stay the caller’s, and followed by the import', async () => {
    const file = generateExport(400, 67)
    const db = freshDb()
    const search = startInProcessSearch(db, fold)
    await search.ready
    const bytes = bytesOf(file.text)
    const prepared = search.prepareImport(bytes)
    // The caller's bytes go on to the check.
    expect(bytes.byteLength).toBeGreaterThan(0)
    const indexing = search.beginImport('replace', prepared)
    const { revision, journalKept } = await applyImportAt(
      db,
      checkImportText(file.text),
      'replace',
      {
        onJournalWritten: (entries) => {
          indexing.add(entries)
        },
      },
    )
    expect(await indexing.commit(revision, journalKept)).toEqual({
      documents: 400,
      source: 'rebuilt',
      rebuildReason: 'imported',
    })
    prepared.drop()
    expect((await search.search('quant')).total).toBe(file.counts.quant)
    expect((await search.search('推理')).total).toBe(file.counts['推理'])

    // Dropped before its import began: the import indexes what it writes.
    const next = generateExport(100, 68)
    const dropped = search.prepareImport(next.text)
    dropped.drop()
    const again = search.beginImport('replace', dropped)
    const written = await applyImportAt(db, checkImportText(next.text), 'replace', {
      onJournalWritten: (entries) => {
        again.add(entries)
      },
    })
    expect((await again.commit(written.revision, written.journalKept)).documents).toBe(100)
    expect((await search.search('quant')).total).toBe(next.counts.quant)
    await search.flush()
    search.close()
  })
})
