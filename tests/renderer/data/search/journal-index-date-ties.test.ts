import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { JournalIndex, type DatedEntry } from '../../../../renderer/data/search/journal-index'

// Review 24 L: search results that matched equally well came back in no date order ("训练":
// 2024, then 2026, then 2025: the order they were indexed). Equal scores go newest first.

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function entry(id: string, date: string | undefined, title = '训练 LoRA'): DatedEntry {
  return { id, title, body: '', tags: '', company: '', ...(date ? { date } : {}) }
}

const ENTRIES = [
  entry('a2024', '2024-03-01'),
  entry('b2026', '2026-05-10'),
  entry('c2025', '2025-11-20'),
  entry('d-undated', undefined),
  entry('e2026', '2026-05-11'),
]

describe('equal matches', () => {
  it('come newest first, an undated one last', () => {
    const index = new JournalIndex(fold)
    index.reset(ENTRIES)
    const hits = index.search('训练', 10).hits
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1)
    expect(hits.map((hit) => hit.id)).toEqual(['e2026', 'b2026', 'c2025', 'a2024', 'd-undated'])
  })

  it('keep newest first within the limit, added one by one', () => {
    const index = new JournalIndex(fold)
    for (const each of ENTRIES) index.upsert([each])
    expect(index.search('训练', 2).hits.map((hit) => hit.id)).toEqual(['e2026', 'b2026'])
  })

  it('keep their dates in the stored copy', () => {
    const index = new JournalIndex(fold)
    index.reset(ENTRIES)
    const restored = new JournalIndex(fold, index.toJSON())
    expect(restored.search('训练', 3).hits.map((hit) => hit.id)).toEqual([
      'e2026',
      'b2026',
      'c2025',
    ])
  })

  it('still rank a better match first, whatever its date', () => {
    const index = new JournalIndex(fold)
    index.reset([
      entry('old-title', '2020-01-01', '训练'),
      { ...entry('new-body', '2026-01-01', 'LoRA 笔记'), body: '训练 一些 别的 文字 很多 很多' },
    ])
    expect(index.search('训练', 10).hits.map((hit) => hit.id)).toEqual(['old-title', 'new-body'])
  })

  it('follow a changed date', () => {
    const index = new JournalIndex(fold)
    index.reset(ENTRIES)
    index.upsert([entry('a2024', '2027-01-01')])
    expect(index.search('训练', 1).hits.map((hit) => hit.id)).toEqual(['a2024'])
  })
})
