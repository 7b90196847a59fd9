import MiniSearch from 'minisearch'
import OpenCC from 'opencc-js/t2cn'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  deleteJournalEntry,
  onJournalChange,
  saveJournalEntry,
  type JournalChange,
} from '../../../../renderer/data/repositories/journal'
import { indexedEntry } from '../../../../renderer/data/search/journal-index'
import { SearchService } from '../../../../renderer/data/search/search-service'
import { TOKENIZER_VERSION } from '../../../../renderer/data/search/tokenize'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
let count = 0
const opened: TidemarkDatabase[] = []

function freshDb(): TidemarkDatabase {
  const db = new TidemarkDatabase(`search-service-${++count}`)
  opened.push(db)
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const ids = (service: SearchService, query: string) =>
  service.search(query).hits.map((hit) => hit.id)

describe('SearchService', () => {
  // Journal25's walk: '训练' listed 2024, then 2026, then 2025 (the order indexed); the index
  // ranks ties newest first (e0199f8) once the entries it is given carry their dates.
  it('lists equal matches newest first, also from the stored copy', async () => {
    const db = freshDb()
    for (const date of ['2024-03-01', '2026-03-01', '2025-03-01']) {
      await saveJournalEntry(db, { kind: 'learning', date, title: '训练笔记' })
    }
    const days = async (service: SearchService) => {
      const rows = await db.journal.bulkGet(ids(service, '训练'))
      return rows.map((row) => row?.date)
    }
    const first = new SearchService(db, fold)
    await first.open()
    expect(await days(first)).toEqual(['2026-03-01', '2025-03-01', '2024-03-01'])
    const second = new SearchService(db, fold)
    expect(await second.open()).toEqual({ documents: 3, source: 'loaded' })
    expect(await days(second)).toEqual(['2026-03-01', '2025-03-01', '2024-03-01'])
  })

  it('builds the index when none is stored, then loads the stored one', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'interview',
      date: '2026-11-02',
      title: '字节二面',
      body: '问了推理加速和量化',
    })
    const first = new SearchService(db, fold)
    expect(await first.open()).toEqual({
      documents: 1,
      source: 'rebuilt',
      rebuildReason: 'missing',
    })
    expect(ids(first, '推理')).toEqual([entry.id])

    const second = new SearchService(db, fold)
    expect(await second.open()).toEqual({ documents: 1, source: 'loaded' })
    expect(ids(second, '量化')).toEqual([entry.id])
  })

  it('follows writes and deletes, and stores the copy with its revision', async () => {
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    // The changes as the repositories announce them after commit.
    const changes: JournalChange[] = []
    onJournalChange(db, (change) => changes.push(change))
    const kept = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Quantization notes',
    })
    const dropped = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Quantum computing',
    })
    for (const change of changes.splice(0)) await service.apply(change)
    expect(ids(service, 'quant').sort()).toEqual([kept.id, dropped.id].sort())

    await deleteJournalEntry(db, dropped.id)
    for (const change of changes.splice(0)) await service.apply(change)
    expect(ids(service, 'quant')).toEqual([kept.id])
    await service.flush()

    const reopened = new SearchService(db, fold)
    expect((await reopened.open()).source).toBe('loaded')
    expect(ids(reopened, 'quant')).toEqual([kept.id])
  })

  it('rebuilds on a gap: a write it never heard of is never claimed as indexed', async () => {
    const db = freshDb()
    const service = new SearchService(db, fold)
    await service.open()
    const changes: JournalChange[] = []
    onJournalChange(db, (change) => changes.push(change))
    const unheard = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'vLLM',
    })
    changes.length = 0 // this change is lost (another tab, an import, a failed apply)
    const heard = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-02',
      title: 'vLLM 2',
    })
    for (const change of changes.splice(0)) await service.apply(change)
    expect(ids(service, 'vllm').sort()).toEqual([unheard.id, heard.id].sort())
    await service.flush()
    const reopened = new SearchService(db, fold)
    expect((await reopened.open()).source).toBe('loaded')
    expect(ids(reopened, 'vllm').sort()).toEqual([unheard.id, heard.id].sort())
  })

  it('rebuilds a stored copy older than the journal (a write it never saw)', async () => {
    const db = freshDb()
    await new SearchService(db, fold).open()
    // A write committed, then the app died before the index was stored again.
    const missed = await saveJournalEntry(db, {
      kind: 'project',
      date: '2026-11-03',
      title: 'vLLM 部署',
    })
    const service = new SearchService(db, fold)
    expect(await service.open()).toEqual({
      documents: 1,
      source: 'rebuilt',
      rebuildReason: 'stale',
    })
    expect(ids(service, 'vllm')).toEqual([missed.id])
  })

  it('rebuilds a corrupt stored copy instead of failing', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-03',
      title: 'LoRA 微调',
    })
    await new SearchService(db, fold).open()
    await db.searchIndex.update('journal', { json: '{"not": "an index"' })
    const service = new SearchService(db, fold)
    expect(await service.open()).toEqual({
      documents: 1,
      source: 'rebuilt',
      rebuildReason: 'corrupt',
    })
    expect(ids(service, '微調')).toEqual([entry.id])
  })

  it('rebuilds a stored copy that is empty text, or another journal’s index', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-03',
      title: 'LoRA 微调',
    })
    await new SearchService(db, fold).open()
    await db.searchIndex.update('journal', { json: '' })
    expect((await new SearchService(db, fold).open()).rebuildReason).toBe('corrupt')

    // A well-formed index at the current revision, but of an empty journal.
    const other = freshDb()
    await new SearchService(other, fold).open()
    const empty = await other.searchIndex.get('journal')
    await db.searchIndex.update('journal', { json: empty?.json ?? '' })
    const service = new SearchService(db, fold)
    expect((await service.open()).rebuildReason).toBe('corrupt')
    expect(ids(service, '微調')).toEqual([entry.id])
  })

  it('rebuilds when the tokenizer changed since the copy was stored', async () => {
    const db = freshDb()
    await saveJournalEntry(db, { kind: 'learning', date: '2026-11-03', title: 'DeepSpeed' })
    await new SearchService(db, fold).open()
    await db.searchIndex.update('journal', { tokenizerVersion: 0 })
    expect((await new SearchService(db, fold).open()).rebuildReason).toBe('tokenizer')
  })

  it('rebuilds a copy stored by version 1’s dictionary words, which 谈 cannot find in 先谈', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-11-04',
      title: '和猎头通话',
      body: '先谈薪资再说',
    })
    await new SearchService(db, fold).open()
    // The index as version 1 built it: Chinese cut into the segmenter's words (先谈 one word).
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
    const words = (text: string) =>
      [...segmenter.segment(fold(text.normalize('NFKC')).toLowerCase())]
        .filter((segment) => segment.isWordLike)
        .map((segment) => segment.segment)
    const byWords = new MiniSearch({
      fields: ['title', 'body', 'tags', 'company'],
      storeFields: [],
      tokenize: words,
      processTerm: (term: string) => term,
    })
    byWords.addAll([indexedEntry(entry)])
    expect(byWords.search('谈', { prefix: true })).toEqual([])
    await db.searchIndex.update('journal', { json: JSON.stringify(byWords), tokenizerVersion: 1 })

    expect(TOKENIZER_VERSION).toBeGreaterThan(1)
    const service = new SearchService(db, fold)
    expect((await service.open()).rebuildReason).toBe('tokenizer')
    expect(ids(service, '谈')).toEqual([entry.id])
    expect((await db.searchIndex.get('journal'))?.tokenizerVersion).toBe(TOKENIZER_VERSION)
  })

  it('rebuilds a copy stored by version 2, which has no kinds and cuts no QLoRA', async () => {
    const db = freshDb()
    const entry = await saveJournalEntry(db, {
      kind: 'interview',
      date: '2026-11-05',
      title: '二面',
      body: 'QLoRA 的显存',
    })
    await new SearchService(db, fold).open()
    // The index as version 2 built it: four fields, no kind; QLoRA one word.
    const version2 = new MiniSearch({
      fields: ['title', 'body', 'tags', 'company'],
      storeFields: [],
      tokenize: (text: string) => text.toLowerCase().match(/[a-z0-9]+|\p{Script=Han}/gu) ?? [],
      processTerm: (term: string) => term,
    })
    version2.addAll([indexedEntry(entry)])
    expect(version2.search('interview', { prefix: true })).toEqual([])
    expect(version2.search('lora', { prefix: true })).toEqual([])
    await db.searchIndex.update('journal', { json: JSON.stringify(version2), tokenizerVersion: 2 })

    const service = new SearchService(db, fold)
    expect((await service.open()).rebuildReason).toBe('tokenizer')
    expect(ids(service, 'interview')).toEqual([entry.id])
    expect(ids(service, '面试')).toEqual([entry.id])
    expect(ids(service, 'lora')).toEqual([entry.id])
    expect((await db.searchIndex.get('journal'))?.tokenizerVersion).toBe(TOKENIZER_VERSION)
  })
})
