import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { storedJournalEntrySchema, type StoredJournalEntry } from '../../../renderer/data/records'
import {
  companiesInJournal,
  entriesByIds,
  firstOfJournal,
  isEmptyFilter,
  queryJournal,
  type JournalFilter,
} from '../../../renderer/data/repositories/journal-query'
import { freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('journal-query-test')
})

afterEach(async () => {
  await db.delete()
})

const STAMP = '2026-11-01T08:00:00.000Z'

function entry(fields: Partial<StoredJournalEntry> & { id: string; date: string }) {
  return storedJournalEntrySchema.parse({
    kind: 'learning',
    title: `Entry ${fields.id}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...fields,
  })
}

/** Stored as raw rows: the query reads indexes, and links need no skill or offer rows here. */
const ENTRIES = [
  entry({
    id: 'a',
    date: '2026-01-01',
    kind: 'interview',
    tags: ['llm', '面试'],
    company: '字节跳动',
  }),
  entry({ id: 'b', date: '2026-01-01', kind: 'learning', tags: ['llm'], skillIds: ['s1'] }),
  entry({ id: 'c', date: '2026-02-15', kind: 'interview', tags: ['quant'], company: 'MiniMax' }),
  entry({
    id: 'd',
    date: '2026-03-31',
    kind: 'offer',
    tags: ['llm'],
    company: ' minimax ',
    offerId: 'o1',
    skillIds: ['s1', 's2'],
  }),
  entry({ id: 'e', date: '2025-12-31', kind: 'reflection' }),
  entry({ id: 'f', date: '2026-04-01', kind: 'interview', tags: ['llm'], skillIds: ['s2'] }),
]

async function ids(filter: JournalFilter): Promise<string[]> {
  return (await queryJournal(db, filter)).ids
}

describe('queryJournal', () => {
  beforeEach(async () => {
    await db.journal.bulkPut(ENTRIES)
  })

  it('lists every entry newest first, one day by id descending, with each date', async () => {
    const all = await queryJournal(db, {})
    expect(all.ids).toEqual(['f', 'd', 'c', 'b', 'a', 'e'])
    expect(all.dates).toEqual([
      '2026-04-01',
      '2026-03-31',
      '2026-02-15',
      '2026-01-01',
      '2026-01-01',
      '2025-12-31',
    ])
  })

  it('filters by kind, tag (any of the entry’s tags), skill, offer and company', async () => {
    expect(await ids({ kind: 'interview' })).toEqual(['f', 'c', 'a'])
    expect(await ids({ tag: 'llm' })).toEqual(['f', 'd', 'b', 'a'])
    expect(await ids({ tag: '面试' })).toEqual(['a'])
    expect(await ids({ skillId: 's1' })).toEqual(['d', 'b'])
    expect(await ids({ skillId: 's2' })).toEqual(['f', 'd'])
    expect(await ids({ offerId: 'o1' })).toEqual(['d'])
    // The name as the job-search list folds it (case, width, spaces); where no entry is named
    // so, any part of it: a user types 字节 for 字节跳动 (second trial).
    expect(await ids({ company: 'MINIMAX' })).toEqual(['d', 'c'])
    expect(await ids({ company: '字节跳动' })).toEqual(['a'])
    expect(await ids({ company: ' 字节 ' })).toEqual(['a'])
    expect(await ids({ company: 'Mini' })).toEqual(['d', 'c'])
    expect(await ids({ company: 'Minimaxx' })).toEqual([])
  })

  it('keeps to the very company when the journal names it, as the job-search list counts it (review)', async () => {
    await db.journal.bulkPut([
      entry({ id: 'g', date: '2026-05-01', kind: 'interview', company: '阿里' }),
      entry({ id: 'h', date: '2026-05-02', kind: 'interview', company: '阿里云' }),
      entry({ id: 'i', date: '2026-05-03', kind: 'offer', company: 'ＡＬＩ  Cloud' }),
    ])
    // 阿里 is a company of its own here: its link shows its entries, not 阿里云's.
    expect(await ids({ company: '阿里' })).toEqual(['g'])
    // Folded as the list folds names: full width, case and runs of spaces.
    expect(await ids({ company: 'ali cloud' })).toEqual(['i'])
    // Part of a name no entry holds whole: every name holding it.
    expect(await ids({ company: '阿里云' })).toEqual(['h'])
    expect(await ids({ company: 'cloud' })).toEqual(['i'])
  })

  it('combines filters: every one must hold', async () => {
    expect(await ids({ kind: 'interview', tag: 'llm' })).toEqual(['f', 'a'])
    expect(await ids({ tag: 'llm', skillId: 's2', company: 'minimax' })).toEqual(['d'])
    expect(await ids({ kind: 'interview', company: 'minimax', from: '2026-02-16' })).toEqual([])
    expect(await ids({ kind: 'offer', tag: 'quant' })).toEqual([])
    expect(await ids({ tag: 'nobody-uses-this' })).toEqual([])
  })

  it('includes both ends of a date range and leaves out the days around it', async () => {
    expect(await ids({ from: '2026-01-01', to: '2026-03-31' })).toEqual(['d', 'c', 'b', 'a'])
    expect(await ids({ from: '2026-01-02', to: '2026-03-30' })).toEqual(['c'])
    expect(await ids({ from: '2026-04-01' })).toEqual(['f'])
    expect(await ids({ to: '2025-12-31' })).toEqual(['e'])
    expect(await ids({ from: '2026-01-01', to: '2026-01-01' })).toEqual(['b', 'a'])
    // A range that ends before it starts keeps nothing (it does not throw as IndexedDB would).
    expect(await ids({ from: '2026-03-01', to: '2026-02-01' })).toEqual([])
    const range = await queryJournal(db, { from: '2026-01-01', to: '2026-02-15', tag: 'llm' })
    expect(range).toEqual({ ids: ['b', 'a'], dates: ['2026-01-01', '2026-01-01'], total: 6 })
  })

  it('follows writes: a new entry appears in its place', async () => {
    await db.journal.put(entry({ id: 'g', date: '2026-02-20', kind: 'interview' }))
    expect(await ids({ kind: 'interview' })).toEqual(['f', 'g', 'c', 'a'])
  })

  it('counts the whole journal, whatever the filter keeps', async () => {
    expect((await queryJournal(db, {})).total).toBe(6)
    expect((await queryJournal(db, { kind: 'offer' })).total).toBe(6)
    await db.journal.delete('a')
    expect((await queryJournal(db, { kind: 'offer' })).total).toBe(5)
  })

  it('is followed by a live query: a write asks again', async () => {
    const { liveQuery } = await import('dexie')
    const seen: string[][] = []
    const subscription = liveQuery(() => queryJournal(db, { tag: 'llm' })).subscribe((found) => {
      seen.push(found.ids)
    })
    await expect.poll(() => seen.length).toBe(1)
    await db.journal.put(entry({ id: 'h', date: '2026-05-01', tags: ['llm'] }))
    await expect.poll(() => seen.at(-1)).toEqual(['h', 'f', 'd', 'b', 'a'])
    subscription.unsubscribe()
  })
})

describe('firstOfJournal', () => {
  beforeEach(async () => {
    // Several entries a day, so the order within a day is tested too.
    const many = Array.from({ length: 30 }, (_, index) =>
      entry({
        id: `m${String(index).padStart(2, '0')}`,
        date: `2026-06-${String(1 + (index % 9)).padStart(2, '0')}`,
      }),
    )
    await db.journal.bulkPut([...ENTRIES, ...many])
  })

  it('gives the first entries in the order of the whole timeline', async () => {
    const whole = await queryJournal(db, {})
    for (const limit of [1, 5, 12, 36, 100]) {
      const firstRows = await firstOfJournal(db, {}, limit)
      expect(firstRows?.map((row) => row.id)).toEqual(whole.ids.slice(0, limit))
      expect(firstRows?.map((row) => row.date)).toEqual(whole.dates.slice(0, limit))
    }
  })

  it('follows a date range, and answers null for the filters it cannot read in order', async () => {
    const range = { from: '2026-01-01', to: '2026-06-03' }
    const whole = await queryJournal(db, range)
    const firstRows = await firstOfJournal(db, range, 7)
    expect(firstRows?.map((row) => row.id)).toEqual(whole.ids.slice(0, 7))
    expect((await firstOfJournal(db, { from: '2026-03-31' }, 50))?.length).toBe(
      (await queryJournal(db, { from: '2026-03-31' })).ids.length,
    )
    expect(await firstOfJournal(db, { to: '2025-12-31' }, 5)).toEqual([ENTRIES[4]])
    expect(await firstOfJournal(db, { from: '2026-03-01', to: '2026-02-01' }, 5)).toEqual([])
    expect(await firstOfJournal(db, { kind: 'interview' }, 5)).toBeNull()
    expect(await firstOfJournal(db, { tag: 'llm', from: '2026-01-01' }, 5)).toBeNull()
    expect(await firstOfJournal(db, { company: 'MiniMax' }, 5)).toBeNull()
  })
})

describe('entriesByIds and companiesInJournal', () => {
  it('gives entries in the order asked, leaving out ids no longer stored', async () => {
    await db.journal.bulkPut(ENTRIES)
    const found = await entriesByIds(db, ['c', 'gone', 'a'])
    expect(found.map((row) => row.id)).toEqual(['c', 'a'])
  })

  it('names each company once whatever its case, trimmed and sorted', async () => {
    await db.journal.bulkPut(ENTRIES)
    // "MiniMax" (entry c) and " minimax " (entry d) are one company: the first spelling stays.
    expect(await companiesInJournal(db)).toEqual(['MiniMax', '字节跳动'])
  })

  it('knows an empty filter', () => {
    expect(isEmptyFilter({})).toBe(true)
    expect(isEmptyFilter({ tag: 'llm' })).toBe(false)
  })
})
