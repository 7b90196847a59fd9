import fc from 'fast-check'
import MiniSearch, { type SearchResult } from 'minisearch'
import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import type { StoredJournalEntry } from '../../../../renderer/data/records'
import {
  indexedEntry,
  JournalIndex,
  type IndexedEntry,
} from '../../../../renderer/data/search/journal-index'
import { createQueryTokenizer, createTokenizer } from '../../../../renderer/data/search/tokenize'
import { generateExport } from '../../../helpers/export-generator'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function entry(id: string, title: string, body = '', tags = '', company = ''): IndexedEntry {
  return { id, title, body, tags, company }
}

function indexOf(...entries: IndexedEntry[]): JournalIndex {
  const index = new JournalIndex(fold)
  index.upsert(entries)
  return index
}

const ids = (index: JournalIndex, query: string) =>
  index.search(query, 50).hits.map((hit) => hit.id)

describe('the tokenizer', () => {
  const tokenize = createTokenizer(fold)

  it('cuts Chinese into character pairs and folds Traditional, full-width and case', () => {
    expect(tokenize('字節二面問了推理加速和量化')).toEqual(tokenize('字节二面问了推理加速和量化'))
    expect(tokenize('ＧＰＵ Quantization')).toEqual(['gpu', 'quantization'])
    expect(tokenize('推理加速')).toEqual(['推理', '理加', '加速', '速'])
    expect(createQueryTokenizer(fold)('推理加速')).toEqual(['推理', '理加', '加速'])
  })

  it('drops punctuation and spaces', () => {
    expect(tokenize('  ，。！…  ')).toEqual([])
  })
})

describe('JournalIndex', () => {
  const interview = entry(
    'a',
    '字节二面',
    '字节二面问了推理加速和量化',
    'interview 面试',
    '字节跳动',
  )
  const learning = entry('b', 'Read about quantization', 'GPTQ and AWQ for inference', 'learning')
  const unrelated = entry('c', '周末', '去爬山了')

  it('finds a Chinese word inside a sentence without spaces', () => {
    expect(ids(indexOf(interview, learning, unrelated), '推理')).toEqual(['a'])
  })

  it('finds English words by prefix, case-insensitively', () => {
    const index = indexOf(interview, learning, unrelated)
    expect(ids(index, 'quant')).toEqual(['b'])
    expect(ids(index, 'GPT')).toEqual(['b'])
  })

  it('finds across scripts: a Traditional query finds Simplified text and back', () => {
    const traditional = entry('t', '學習筆記', '今天讀了大模型訓練的論文')
    const index = indexOf(interview, traditional)
    expect(ids(index, '推理加速')).toEqual(['a'])
    expect(ids(index, '訓練')).toEqual(['t'])
    expect(ids(index, '训练')).toEqual(['t'])
    expect(ids(index, '量化')).toEqual(['a'])
  })

  it('needs every query word to match', () => {
    const index = indexOf(interview, learning)
    expect(ids(index, '推理 quant')).toEqual([])
    expect(ids(index, '推理 量化')).toEqual(['a'])
  })

  it('ranks a title match above a body match', () => {
    const inTitle = entry('title', 'vLLM 部署', '')
    const inBody = entry('body', '周报', '这周看了 vLLM 的调度和其他很多很多内容，写了很多笔记')
    expect(ids(indexOf(inBody, inTitle), 'vllm')).toEqual(['title', 'body'])
  })

  it('replaces a changed entry and forgets a removed one', () => {
    const index = indexOf(interview, learning)
    index.upsert([entry('a', '字节三面', '问了训练')])
    expect(ids(index, '推理')).toEqual([])
    expect(ids(index, '训练')).toEqual(['a'])
    index.remove(['b'])
    expect(ids(index, 'quant')).toEqual([])
    expect(index.size).toBe(1)
  })

  it('answers the same after a round trip through its JSON', () => {
    const index = indexOf(interview, learning, unrelated)
    const restored = new JournalIndex(fold, index.toJSON())
    expect(ids(restored, '推理')).toEqual(['a'])
    expect(ids(restored, 'quant')).toEqual(['b'])
    expect(restored.size).toBe(3)
  })

  it('counts every match while returning the best few', () => {
    const many = Array.from({ length: 30 }, (_, n) => entry(`e${n}`, `推理 ${n}`))
    const result = indexOf(...many).search('推理', 5)
    expect(result.hits).toHaveLength(5)
    expect(result.total).toBe(30)
  })

  it('returns nothing for a query of punctuation only', () => {
    expect(ids(indexOf(interview), '，。')).toEqual([])
  })
})

/** An entry's indexed text without its date: MiniSearch, the reference, orders equal scores as
 *  indexed, where JournalIndex puts the newest first (journal-index-date-ties.test.ts). */
function undated(row: StoredJournalEntry): IndexedEntry {
  const { date: _date, ...text } = indexedEntry(row)
  return text
}

describe('JournalIndex ranking', () => {
  // The reference: MiniSearch's own search() over the same options (journal-index.ts), which
  // builds and sorts a result for every match. JournalIndex keeps only the best ones.
  const reference = referenceSearch()
  const entries = (
    JSON.parse(generateExport(1500, 31).text) as { data: { journal: StoredJournalEntry[] } }
  ).data.journal.map(undated)
  // Entries with the same words score the same: ties must keep MiniSearch's order.
  const twins = [0, 1, 2].map((copy) => entry(`twin-${String(copy)}`, '面试', '面试 推理'))
  reference.addAll([...entries, ...twins])
  const index = indexOf(...entries, ...twins)
  // Entries changed and removed since: MiniSearch drops them lazily, while searching.
  const rewritten = entries.slice(0, 12).map((row) => ({ ...row, body: `${row.body} 面试 推理` }))
  const removed = entries.slice(12, 24).map((row) => row.id)
  for (const row of rewritten) reference.replace(row)
  for (const id of removed) reference.discard(id)
  index.upsert(rewritten)
  index.remove(removed)

  it.each([
    '面试',
    '推理',
    '量化',
    '訓練',
    'quant',
    'inference',
    '推理 量化',
    'vllm',
    'q',
    '推理 推理',
    '面试 推理',
    '推 量',
    '推理加速',
    '面',
    '化',
    'megatronlm',
    'megatron-lm',
    'zzzz',
  ])('ranks “%s” exactly as MiniSearch’s search(), for every limit', (query) => {
    const expected = expectRankedAsMiniSearch(reference, index, query)
    if (query !== 'zzzz') expect(expected.length).toBeGreaterThan(0)
  })
})

describe('JournalIndex ranking of several words, on an index with nothing discarded', () => {
  // With no discarded entries' postings left, the rarest word is scored first and the others
  // only for the entries it matched: the ranking must still be MiniSearch's, score for score.
  const reference = referenceSearch()
  const entries = (
    JSON.parse(generateExport(1500, 32).text) as { data: { journal: StoredJournalEntry[] } }
  ).data.journal.map(undated)
  const twins = [0, 1, 2].map((copy) => entry(`twin-${String(copy)}`, '面试 量化', '面试 推理'))
  reference.addAll([...entries, ...twins])
  const index = indexOf(...entries, ...twins)

  it.each([
    '推理 量化',
    '量化 推理',
    '面试 推理',
    '推理 面试 字节',
    'quant inference',
    'note 面试',
    '推 量',
    '推理 推理',
    '面试 zzzz',
    'q i',
  ])('ranks “%s” exactly as MiniSearch’s search(), for every limit', (query) => {
    const expected = expectRankedAsMiniSearch(reference, index, query)
    if (!query.includes('zzzz')) expect(expected.length).toBeGreaterThan(0)
  })
})

/** MiniSearch itself, with the options journal-index.ts gives it. */
function referenceSearch(): MiniSearch<IndexedEntry> {
  return new MiniSearch<IndexedEntry>({
    fields: ['title', 'body', 'tags', 'company', 'kind'],
    storeFields: [],
    tokenize: createTokenizer(fold),
    processTerm: (term: string) => term,
    searchOptions: {
      tokenize: createQueryTokenizer(fold),
      prefix: true,
      combineWith: 'AND',
      boost: { title: 3, tags: 2, company: 2 },
    },
  })
}

/** Checks the index's answer to `query` against MiniSearch's own search(), for every limit;
 *  returns MiniSearch's matches. */
function expectRankedAsMiniSearch(
  reference: MiniSearch<IndexedEntry>,
  index: JournalIndex,
  query: string,
): SearchResult[] {
  const expected = reference.search(query)
  for (const limit of [1, 3, 50, expected.length + 5]) {
    const found = index.search(query, limit)
    expect(found.total).toBe(expected.length)
    expect(found.hits).toEqual(
      expected
        .slice(0, limit)
        .map((hit) => ({ id: hit.id as string, score: hit.score, terms: hit.terms })),
    )
  }
  return expected
}

describe('JournalIndex building', () => {
  it('tokenizes a tag list or company it has seen once, and finds them all the same', () => {
    const seen: string[] = []
    const counting = (text: string) => {
      seen.push(text)
      return fold(text)
    }
    const index = new JournalIndex(counting)
    const rows = Array.from({ length: 300 }, (_, n) =>
      entry(`e${String(n)}`, `Note ${String(n)}`, 'GPTQ', '面试 量化', n % 2 ? '字节跳动' : ''),
    )
    index.upsert(rows.slice(0, 100))
    index.upsert(rows.slice(100))
    expect(seen.filter((text) => text === '面试 量化')).toHaveLength(1)
    expect(seen.filter((text) => text === '字节跳动')).toHaveLength(1)
    expect(index.search('面试', 500).total).toBe(300)
    expect(index.search('字节', 500).total).toBe(150)
    // A changed entry's new tags count, its old ones no longer.
    index.upsert([{ ...rows[0], tags: 'training' } as IndexedEntry])
    expect(index.search('面试', 500).total).toBe(299)
    expect(index.search('train', 500).hits.map((hit) => hit.id)).toEqual(['e0'])
  })
})

describe('JournalIndex over many searches', () => {
  // Each search reuses the arrays the last one scored in: nothing of one query may show in the
  // next, as the index grows, entries change and others are removed between them.
  it('answers as MiniSearch does, search after search, while the index changes between them', () => {
    const all = (
      JSON.parse(generateExport(600, 99).text) as { data: { journal: StoredJournalEntry[] } }
    ).data.journal.map(undated)
    const reference = referenceSearch()
    const index = new JournalIndex(fold)
    // Started small, so the arrays must grow with the index.
    reference.addAll(all.slice(0, 20))
    index.upsert(all.slice(0, 20))
    const present = all.slice(0, 20).map((row) => row.id)
    let next = 20
    const random = fc.sample(fc.integer({ min: 0, max: 999_999 }), { numRuns: 2_000, seed: 7 })
    let draw = 0
    const pick = (count: number) => (random[draw++ % random.length] ?? 0) % count
    const words = ['面试', '推理', '量化', 'quant', 'inference', 'q', '推', 'note', 'vllm', 'zzzz']
    for (let round = 0; round < 300; round++) {
      const change = pick(100)
      if (change < 15 && next < all.length) {
        const batch = all.slice(next, next + 1 + pick(80))
        next += batch.length
        reference.addAll(batch)
        index.upsert(batch)
        present.push(...batch.map((row) => row.id))
      } else if (change < 22 && present.length > 5) {
        const [id] = present.splice(pick(present.length), 1)
        if (id === undefined) continue
        reference.discard(id)
        index.remove([id])
      } else if (change < 28 && present.length > 5) {
        const id = present[pick(present.length)]
        const row = all.find((candidate) => candidate.id === id)
        if (!row) continue
        const changed = { ...row, body: `推理 面试 ${String(round)}` }
        reference.replace(changed)
        index.upsert([changed])
      }
      const query = Array.from({ length: 1 + pick(3) }, () => words[pick(words.length)]).join(' ')
      // One search of each per round: the first search after a removal cleans what was removed
      // (MiniSearch's lazy discard, which JournalIndex mirrors), and a second one scores apart
      // from it, in MiniSearch too.
      const expected = reference.search(query)
      const limit = [1, 5, 50, expected.length + 5][pick(4)] ?? 1
      const found = index.search(query, limit)
      expect(found.total, query).toBe(expected.length)
      expect(found.hits, query).toEqual(
        expected
          .slice(0, limit)
          .map((hit) => ({ id: hit.id as string, score: hit.score, terms: hit.terms })),
      )
    }
  })
})
