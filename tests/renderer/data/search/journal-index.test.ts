import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { JournalIndex, type IndexedEntry } from '../../../../renderer/data/search/journal-index'
import { createTokenizer } from '../../../../renderer/data/search/tokenize'

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

  it('splits Chinese into words and folds Traditional, full-width and case', () => {
    expect(tokenize('字節二面問了推理加速和量化')).toEqual(tokenize('字节二面问了推理加速和量化'))
    expect(tokenize('ＧＰＵ Quantization')).toEqual(['gpu', 'quantization'])
    expect(tokenize('推理加速')).toEqual(['推理', '加速'])
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
