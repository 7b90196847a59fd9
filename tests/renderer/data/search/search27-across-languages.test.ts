import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import type { StoredJournalEntry } from '../../../../renderer/data/records'
import {
  compileGlossary,
  fieldGlossary,
  planQuery,
} from '../../../../renderer/data/search/glossary'
import { GLOSSARY_WORDS } from '../../../../renderer/data/search/glossary-words'
import {
  indexedEntry,
  JournalIndex,
  type IndexedEntry,
} from '../../../../renderer/data/search/journal-index'
import { SearchService } from '../../../../renderer/data/search/search-service'
import { createQueryPieces, createQueryTokenizer } from '../../../../renderer/data/search/tokenize'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { freshDatabases, idsFound } from './search-fixtures'

// User trial 20, finding 4: search crossed languages for entry kinds only (interview ↔ 面试):
// "training" did not find 「分布式训练实验」, 推理 did not find "Applied to Meituan LLM
// inference team" nor an entry tagged #inference. The journal's intro says it searches "in
// Chinese and English".

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function stored(
  id: string,
  title: string,
  body = '',
  tags: string[] = [],
  kind: StoredJournalEntry['kind'] = 'learning',
): IndexedEntry {
  const stamp = '2026-11-01T08:00:00.000Z'
  return indexedEntry({
    id,
    kind,
    date: '2026-11-01',
    title,
    body,
    tags,
    skillIds: [],
    evidence: [],
    createdAt: stamp,
    updatedAt: stamp,
  })
}

function indexOf(...entries: IndexedEntry[]): JournalIndex {
  const index = new JournalIndex(fold)
  index.upsert(entries)
  return index
}

/** Ids in the order found, as the journal searches (with the field's glossary). */
const found = (index: JournalIndex, query: string) =>
  index.search(query, 50, fieldGlossary()).hits.map((hit) => hit.id)
const sorted = (index: JournalIndex, query: string) => found(index, query).sort()

describe('the journal’s search across Chinese and English (the field’s glossary)', () => {
  const index = indexOf(
    stored('zh-training', '分布式训练实验', '8 卡 Megatron，loss 曲线稳定'),
    stored('en-training', 'Distributed training notes', 'ZeRO-3 against FSDP'),
    stored('zh-inference', '推理加速', '投机采样和 KV 缓存'),
    stored('meituan', 'Applied to Meituan LLM inference team', '', [], 'application'),
    stored('tagged', 'Weekly note', 'Read two papers.', ['inference']),
    stored('tw-training', '大模型訓練筆記', '並行策略'),
    stored('finetune', 'QLoRA fine-tuning on one GPU', ''),
    stored('unrelated', 'Salary talk with a headhunter', '年薪 150 万'),
  )

  it('finds the Chinese word for an English one, and the English for a Chinese one', () => {
    expect(sorted(index, 'training')).toEqual(['en-training', 'tw-training', 'zh-training'])
    expect(sorted(index, '训练')).toEqual(['en-training', 'tw-training', 'zh-training'])
    expect(sorted(index, '推理')).toEqual(['meituan', 'tagged', 'zh-inference'])
    expect(sorted(index, 'inference')).toEqual(['meituan', 'tagged', 'zh-inference'])
    expect(sorted(index, '微调')).toEqual(['finetune'])
  })

  it('folds a 繁體 query before it crosses', () => {
    expect(sorted(index, '訓練')).toEqual(['en-training', 'tw-training', 'zh-training'])
    expect(sorted(index, '微調')).toEqual(['finetune'])
  })

  it('lists the entries that match as typed before those found by a translation', () => {
    const inChinese = found(index, '训练')
    expect(inChinese.slice(0, 2).sort()).toEqual(['tw-training', 'zh-training'])
    expect(inChinese[2]).toBe('en-training')
    const inEnglish = found(index, 'inference')
    expect(inEnglish.slice(0, 2).sort()).toEqual(['meituan', 'tagged'])
    expect(inEnglish[2]).toBe('zh-inference')
  })

  it('scores a translated match lower than the same match typed', () => {
    const typed = index
      .search('training', 50, fieldGlossary())
      .hits.find(({ id }) => id === 'en-training')
    const crossed = index
      .search('训练', 50, fieldGlossary())
      .hits.find(({ id }) => id === 'en-training')
    expect(crossed?.score).toBeLessThan(typed?.score ?? 0)
  })

  it('still requires every word: each may cross on its own', () => {
    expect(sorted(index, 'distributed 训练')).toEqual(['en-training', 'zh-training'])
    expect(sorted(index, '分布式训练')).toEqual(['en-training', 'zh-training'])
    expect(sorted(index, 'LLM 推理')).toEqual(['meituan'])
  })

  it('marks the translated words it matched, for the list to highlight', () => {
    const hit = index.search('推理', 50, fieldGlossary()).hits.find(({ id }) => id === 'meituan')
    expect(hit?.terms).toEqual(['inference'])
    const chinese = index
      .search('training', 50, fieldGlossary())
      .hits.find(({ id }) => id === 'zh-training')
    expect(chinese?.terms).toEqual(['训练'])
  })

  it('leaves a word the glossary does not hold as it was, prefix and all', () => {
    for (const query of ['megatron', 'zero', '年薪', 'note', '曲线', 'infer', 'train ing']) {
      expect(index.search(query, 50, fieldGlossary()), query).toEqual(index.search(query, 50))
    }
    expect(sorted(index, 'infer')).toEqual(['meituan', 'tagged'])
  })
})

describe('the glossary', () => {
  const terms = createQueryTokenizer(fold)

  // Review 26 M4: a job-search journal's "CV" is the résumé and its "performance" as often 绩效
  // ("performance review"): crossed, 视觉 found the résumé sent and 性能 the review with a manager.
  it('crosses no word that means other things as often in a job search (cv, performance)', () => {
    const index = indexOf(
      stored('cv', 'Sent my CV to the Moonshot recruiter'),
      stored('vision', '视觉组面试'),
      stored('review', 'Performance review with my manager'),
      stored('speed', '推理性能优化'),
    )
    expect(found(index, '视觉')).toEqual(['vision'])
    expect(found(index, 'cv')).toEqual(['cv'])
    expect(found(index, '性能')).toEqual(['speed'])
    expect(found(index, 'performance')).toEqual(['review'])
    // The field's own words still cross.
    expect(found(index, 'vision')).toEqual(['vision'])
  })

  it('is written folded, one script per word, each word on one line only', () => {
    const seen = new Map<string, number>()
    GLOSSARY_WORDS.forEach((line, at) => {
      expect(line.length, line.join(' ')).toBeGreaterThan(1)
      for (const word of line) {
        expect(fold(word).normalize('NFKC').toLowerCase(), word).toBe(word)
        expect(/\p{Script=Han}/u.test(word) && /[a-z]/.test(word), word).toBe(false)
        if (/\p{Script=Han}/u.test(word)) expect(Array.from(word).length, word).toBeGreaterThan(1)
        expect(seen.get(word), `${word} on two lines`).toBeUndefined()
        seen.set(word, at)
      }
    })
  })

  it('reads a query into the same terms as the query tokenizer, when it holds no glossary word', () => {
    const pieces = createQueryPieces(fold)
    for (const query of [
      'c-eval 先谈薪资',
      'ＧＰＵ 訓練,3.5 e.g.',
      '谈',
      'vLLM推理 x',
      '，。',
      '',
    ]) {
      const units = planQuery(pieces(query), null)
      expect(
        units.flatMap((unit) => unit.typed),
        query,
      ).toEqual(terms(query))
      expect(units.every((unit) => unit.crossed.length === 0)).toBe(true)
    }
  })

  it('crosses every skill domain of the ruleset from its Chinese name to its English one', () => {
    const glossary = compileGlossary(GLOSSARY_WORDS, terms)
    for (const domain of DEFAULT_RULESET.skillDomains) {
      const index = indexOf(stored(domain.id, domain.nameEn))
      expect(index.search(domain.nameZhHans, 5, glossary).total, domain.nameZhHans).toBe(1)
    }
  })
})

describe('the journal’s search service', () => {
  const freshDb = freshDatabases('search27')

  it('crosses languages, from the index it builds and from the stored copy, unchanged', async () => {
    const db = freshDb()
    const zh = await saveJournalEntry(db, {
      kind: 'project',
      date: '2026-11-02',
      title: '分布式训练实验',
    })
    const applied = await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-11-03',
      title: 'Applied to Meituan LLM inference team',
    })
    const tagged = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-04',
      title: 'Weekly note',
      tags: ['inference'],
    })
    const first = new SearchService(db, fold)
    await first.open()
    expect(idsFound(first, 'training')).toEqual([zh.id])
    expect(idsFound(first, '推理')).toEqual([applied.id, tagged.id].sort())
    await first.flush()
    // The stored copy is read as it is: the crossing is made per search, not indexed.
    const second = new SearchService(db, fold)
    expect(await second.open()).toEqual({ documents: 3, source: 'loaded' })
    expect(idsFound(second, 'training')).toEqual([zh.id])
    expect(idsFound(second, '推理')).toEqual([applied.id, tagged.id].sort())
  })
})
