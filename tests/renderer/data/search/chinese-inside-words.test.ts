import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { JournalIndex, type IndexedEntry } from '../../../../renderer/data/search/journal-index'

// New-user trial: 重排 found nothing though an entry said 重排序 (a dictionary cuts 重排序 as one
// word, or as 重 + 排序 inside a sentence), 谈 missed 先谈 (one word), ceval missed C-Eval
// (c + eval). Issue 6: a Chinese query is found inside Chinese text with no spaces.

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function entry(id: string, title: string, body = ''): IndexedEntry {
  return { id, title, body, tags: '', company: '' }
}

const rerank = entry('rerank', '检索笔记', '重排序')
const rerankInSentence = entry('rerank-sentence', 'RAG', '我们讨论了重排序和召回')
const salary = entry('salary', '和猎头通话', '先谈薪资再说')
const ceval = entry('ceval', 'C-Eval 分数', '在 C-Eval, MMLU 上评测')
const issue6 = entry('issue6', '字节二面', '字节二面问了推理加速和量化')
// Both characters of 重排, apart: not a match for the run.
const apart = entry('apart', '周报', '重要的排名')

const index = new JournalIndex(fold)
index.upsert([rerank, rerankInSentence, salary, ceval, issue6, apart])
const found = (query: string) =>
  index
    .search(query, 50)
    .hits.map((hit) => hit.id)
    .sort()

describe('a run of Chinese characters typed is found wherever it is written', () => {
  it('finds 重排 inside 重排序, alone or in a sentence, and not where 重 and 排 are apart', () => {
    expect(found('重排')).toEqual(['rerank', 'rerank-sentence'])
    expect(found('重排序')).toEqual(['rerank', 'rerank-sentence'])
    expect(found('排序')).toEqual(['rerank', 'rerank-sentence'])
    expect(found('序')).toEqual(['rerank', 'rerank-sentence'])
  })

  it('finds 谈 inside 先谈, at the start, in the middle and at the end of a run', () => {
    expect(found('谈')).toEqual(['salary'])
    expect(found('先谈')).toEqual(['salary'])
    expect(found('谈薪')).toEqual(['salary'])
    expect(found('薪')).toEqual(['salary'])
    expect(found('说')).toEqual(['salary'])
  })

  it('finds Traditional runs inside Simplified text', () => {
    expect(found('談')).toEqual(['salary'])
    expect(found('先談')).toEqual(['salary'])
    expect(found('節二')).toEqual(['issue6'])
  })

  it('keeps issue 6’s cases', () => {
    expect(found('推理')).toEqual(['issue6'])
    expect(found('推理加速')).toEqual(['issue6'])
    expect(found('二面')).toEqual(['issue6'])
    expect(found('推理 量化')).toEqual(['issue6'])
    expect(found('加速量化')).toEqual([])
  })

  it('finds C-Eval by ceval, c-eval, C-Eval and a prefix of them', () => {
    expect(found('ceval')).toEqual(['ceval'])
    expect(found('CEval')).toEqual(['ceval'])
    expect(found('c-eval')).toEqual(['ceval'])
    expect(found('C-Eval')).toEqual(['ceval'])
    expect(found('ceva')).toEqual(['ceval'])
    expect(found('eval')).toEqual(['ceval'])
  })
})
