import MiniSearch from 'minisearch'
import { describe, expect, it, vi } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { readJournalRevision } from '../../../../renderer/data/repositories/meta'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { deleteSkill, saveSkill } from '../../../../renderer/data/repositories/skills'
import { startInProcessSearch } from '../../../../renderer/data/search/in-process-search'
import { indexedEntry, JournalIndex } from '../../../../renderer/data/search/journal-index'
import { SearchService } from '../../../../renderer/data/search/search-service'
import { createTokenizer } from '../../../../renderer/data/search/tokenize'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { applyImportAt, checkImportText } from '../../../../renderer/data/transfer/import'
import { fold, freshDatabases, idsFound } from './search-fixtures'

const freshDb = freshDatabases('linked-skills')

/** A journal with a skill in each language, each linked to one entry that never names it. */
async function journalWithSkills(db: TidemarkDatabase) {
  const quantZh = await saveSkill(db, {
    name: '模型量化（GPTQ、AWQ）',
    domain: 'inference-acceleration',
    level: 2,
  })
  // Not "Quantization": 量化 would find it too, by the glossary (glossary.ts), and these tests
  // are about the names, not the crossing (search27-across-languages.test.ts).
  const quantEn = await saveSkill(db, {
    name: 'Quant methods (GPTQ, AWQ)',
    domain: 'inference-acceleration',
    level: 2,
  })
  const zh = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-11-02',
    title: '周末读论文',
    body: '读了两篇。',
    skillIds: [quantZh.id],
  })
  const en = await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-03',
    title: 'Weekend reading',
    body: 'Two papers.',
    skillIds: [quantEn.id],
  })
  const unlinked = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-11-04',
    title: '爬山',
    body: '天气好。',
  })
  return { quantZh, quantEn, zh, en, unlinked }
}

describe('search by the names of the skills an entry links to', { timeout: 30_000 }, () => {
  it('finds an entry by a linked skill’s name: Chinese inside it, English by prefix, 繁體 for 简体', async () => {
    const db = freshDb()
    const { zh, en } = await journalWithSkills(db)
    const service = new SearchService(db, fold)
    await service.open()
    expect(idsFound(service, '量化')).toEqual([zh.id])
    expect(idsFound(service, '模型')).toEqual([zh.id])
    expect(idsFound(service, 'quant')).toEqual([en.id])
    expect(idsFound(service, 'gptq')).toEqual([zh.id, en.id].sort())
    // A skill linked after: the entry's change names it.
    const training = await saveSkill(db, { name: '分布式训练', domain: 'llm-training', level: 1 })
    await saveJournalEntry(db, { ...zh, skillIds: [zh.skillIds[0] ?? '', training.id] })
    await service.apply({ kind: 'put', ids: [zh.id], revision: await readJournalRevision(db) })
    expect(idsFound(service, '訓練')).toEqual([zh.id])
    expect(idsFound(service, '分佈式')).toEqual([zh.id])
    // A link taken off: no longer found by that skill.
    await saveJournalEntry(db, { ...zh, skillIds: [training.id] })
    await service.apply({ kind: 'put', ids: [zh.id], revision: await readJournalRevision(db) })
    expect(idsFound(service, '量化')).toEqual([])
    expect(idsFound(service, '训练')).toEqual([zh.id])
  })

  it('finds a renamed skill’s entries under the new name, not the old', async () => {
    const db = freshDb()
    const { quantZh, zh } = await journalWithSkills(db)
    const search = startInProcessSearch(db, fold)
    await search.ready
    await saveSkill(db, { ...quantZh, name: '模型蒸馏' })
    await vi.waitFor(async () => {
      expect((await search.search('蒸馏')).hits.map((hit) => hit.id)).toEqual([zh.id])
    })
    expect((await search.search('量化')).hits).toEqual([])
    // The same, and no more, after the copy is stored and loaded again.
    await search.flush()
    search.close()
    const reopened = new SearchService(db, fold)
    expect(await reopened.open()).toMatchObject({ source: 'loaded' })
    expect(idsFound(reopened, '蒸馏')).toEqual([zh.id])
    expect(idsFound(reopened, '量化')).toEqual([])
  })

  it('no longer finds an entry by a deleted skill’s name', async () => {
    const db = freshDb()
    const { quantZh, zh } = await journalWithSkills(db)
    const search = startInProcessSearch(db, fold)
    await search.ready
    expect((await search.search('量化')).hits.map((hit) => hit.id)).toEqual([zh.id])
    await deleteSkill(db, quantZh.id)
    await vi.waitFor(async () => {
      expect((await search.search('量化')).hits).toEqual([])
    })
    expect((await search.search('周末')).hits.map((hit) => hit.id)).toEqual([zh.id])
    search.close()
  })

  it('names anew, at open, skills renamed or deleted while no search ran', async () => {
    const db = freshDb()
    const { quantZh, quantEn, zh, en } = await journalWithSkills(db)
    const first = new SearchService(db, fold)
    await first.open()
    // The copy as stored: a rename and a delete change no journal revision.
    await saveSkill(db, { ...quantZh, name: '推理加速' })
    await deleteSkill(db, quantEn.id)
    const second = new SearchService(db, fold)
    expect(await second.open()).toMatchObject({ source: 'loaded' })
    expect(idsFound(second, '推理')).toEqual([zh.id])
    expect(idsFound(second, '量化')).toEqual([])
    expect(idsFound(second, 'quant')).toEqual([])
    expect(idsFound(second, 'weekend')).toEqual([en.id])
  })

  it('ranks a hit in an entry’s own text above a hit only in a linked skill’s name', async () => {
    const db = freshDb()
    const { zh } = await journalWithSkills(db)
    const inTitle = await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-05',
      title: '量化',
    })
    // A long body that says it once, after many other words: still above the linked name.
    const inBody = await saveJournalEntry(db, {
      kind: 'reflection',
      date: '2026-11-06',
      title: '周记',
      body: `${'今天开会，讨论排期和招聘。'.repeat(40)}顺便看了量化。`,
    })
    const service = new SearchService(db, fold)
    await service.open()
    const { hits, total } = service.search('量化', 10)
    expect(total).toBe(3)
    expect(hits.map((hit) => hit.id)).toEqual([inTitle.id, inBody.id, zh.id])
    expect(hits.map((hit) => hit.bySkill)).toEqual([undefined, undefined, true])
    // Two words, one of them only in the linked name: after the entry that has both.
    await saveJournalEntry(db, { ...inBody, body: `${inBody.body} 周末` })
    await service.apply({ kind: 'put', ids: [inBody.id], revision: await readJournalRevision(db) })
    expect(service.search('周 量化', 10).hits.map((hit) => hit.id)).toEqual([inBody.id, zh.id])
    expect(service.search('周 量化', 1).hits.map((hit) => hit.id)).toEqual([inBody.id])
  })

  it('rebuilds a stored index made before linked skills were indexed', async () => {
    const db = freshDb()
    const { zh } = await journalWithSkills(db)
    // The copy version 3 stored: MiniSearch's own JSON, no skills field.
    const old = new MiniSearch({
      fields: ['title', 'body', 'tags', 'company', 'kind'],
      storeFields: [],
      tokenize: createTokenizer(fold),
      processTerm: (term: string) => term,
    })
    old.addAll((await db.journal.toArray()).map(indexedEntry))
    await db.searchIndex.put({
      id: 'journal',
      revision: await readJournalRevision(db),
      json: JSON.stringify(old),
      tokenizerVersion: 3,
    })
    const service = new SearchService(db, fold)
    expect(await service.open()).toEqual({
      documents: 3,
      source: 'rebuilt',
      rebuildReason: 'tokenizer',
    })
    expect(idsFound(service, '量化')).toEqual([zh.id])
  })

  it('names an imported entry’s skills, from a draft of the file or from what is written', async () => {
    const source = freshDb()
    const { zh, en } = await journalWithSkills(source)
    const text = await exportDocument(source, { version: 't', now: new Date() })
    for (const drafted of [true, false]) {
      const db = freshDb()
      const service = new SearchService(db, fold)
      await service.open()
      if (drafted) service.prepareImport(1, text)
      service.beginImport('replace', drafted ? 1 : null)
      const { revision, journalKept } = await applyImportAt(db, checkImportText(text), 'replace', {
        onJournalWritten: (entries) => {
          service.importEntries(entries.map(indexedEntry))
        },
      })
      expect(service.followsDraft).toBe(drafted)
      await service.commitImport(revision, journalKept)
      expect(idsFound(service, '量化')).toEqual([zh.id])
      expect(idsFound(service, 'quant')).toEqual([en.id])
    }
  })
})

describe('JournalIndex.setSkillNames', () => {
  it('answers as an index built with the new names, search for search', () => {
    const names = new Map([
      // A word twice: its postings count two.
      ['s1', '模型量化 量化'],
      ['s2', 'Quantization'],
      ['s3', 'vLLM'],
    ])
    const rows = Array.from({ length: 200 }, (_, n) => ({
      id: `e${String(n)}`,
      title: n % 7 === 0 ? '量化笔记' : `Note ${String(n)}`,
      body: n % 5 === 0 ? 'quantization of weights' : '推理',
      tags: '',
      company: '',
      skillIds: [['s1'], ['s2'], ['s1', 's3'], []][n % 4] ?? [],
    }))
    const renamed = new Map([
      ['s1', '模型蒸馏'],
      ['s3', 'vLLM'],
      ['s4', 'SGLang'],
    ])
    const inPlace = new JournalIndex(fold, undefined, names)
    inPlace.upsert(rows)
    expect(inPlace.setSkillNames(new Map(names))).toBe(false)
    expect(inPlace.setSkillNames(renamed)).toBe(true)
    const fresh = new JournalIndex(fold, undefined, renamed)
    fresh.upsert(rows)
    const loaded = new JournalIndex(fold, inPlace.toJSON())
    for (const query of ['量化', '蒸馏', 'quant', 'vllm', '推理', 'note', '模型', 'sglang']) {
      const expected = fresh.search(query, 500)
      for (const index of [inPlace, loaded]) {
        const found = index.search(query, 500)
        expect(found.total, query).toBe(expected.total)
        expect(
          found.hits.map((hit) => hit.id),
          query,
        ).toEqual(expected.hits.map((hit) => hit.id))
        found.hits.forEach((hit, at) => {
          expect(hit.score, query).toBeCloseTo(expected.hits[at]?.score ?? NaN, 9)
        })
      }
    }
  })
})
