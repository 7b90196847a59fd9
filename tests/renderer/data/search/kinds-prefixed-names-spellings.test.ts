import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import type { StoredJournalEntry } from '../../../../renderer/data/records'
import {
  indexedEntry,
  JournalIndex,
  type IndexedEntry,
} from '../../../../renderer/data/search/journal-index'
import {
  createQueryTokenizer,
  createTokenizer,
  otherSpelling,
} from '../../../../renderer/data/search/tokenize'

// Two new-user trials (en, zh-CN): "interview" found none of 3 entries of kind Interview, 面试
// 1 of 3 of kind 面试 (the one saying 面试); "lora" did not find QLoRA; "quantisation" did not
// find "quantization".

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

function stored(id: string, kind: StoredJournalEntry['kind'], title: string, body = '') {
  const stamp = '2026-11-01T08:00:00.000Z'
  return indexedEntry({
    id,
    kind,
    date: '2026-11-01',
    title,
    body,
    tags: [],
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

const found = (index: JournalIndex, query: string) =>
  index
    .search(query, 50)
    .hits.map((hit) => hit.id)
    .sort()

describe('an entry’s kind', () => {
  const index = indexOf(
    stored('bytedance', 'interview', '字节二面', '问了推理加速和量化'),
    stored('startup', 'interview', 'Second round', 'System design, then KV cache'),
    stored('said', 'interview', '三面', '面试官问了 RLHF'),
    stored('prep', 'learning', 'Preparing for the interview', '刷题'),
    stored('offer', 'offer', '月之暗面 offer', ''),
  )

  it('is found by its English name, and by its Chinese name, whatever the text says', () => {
    expect(found(index, 'interview')).toEqual(['bytedance', 'prep', 'said', 'startup'])
    expect(found(index, 'Interview')).toEqual(['bytedance', 'prep', 'said', 'startup'])
    expect(found(index, '面试')).toEqual(['bytedance', 'said', 'startup'])
    expect(found(index, '面試')).toEqual(['bytedance', 'said', 'startup'])
    expect(found(index, '面试 量化')).toEqual(['bytedance'])
    expect(found(index, '学习')).toEqual(['prep'])
  })

  it('ranks below the same word in the title', () => {
    expect(index.search('interview', 50).hits[0]?.id).toBe('prep')
  })
})

describe('a name made of a short prefix and a word (QLoRA, vLLM)', () => {
  const tokenize = createTokenizer(fold)

  it('is indexed as the word too, from the case change, three letters or more', () => {
    expect(tokenize('QLoRA')).toEqual(['qlora', 'lora'])
    expect(tokenize('vLLM and xLSTM, PyTorch, SGLang, LLaMA')).toEqual([
      'vllm',
      'and',
      'xlstm',
      'pytorch',
      'sglang',
      'llama',
      'llm',
      'lstm',
      'torch',
      'lang',
      'lama',
    ])
    expect(tokenize('用QLoRA微调')).toContain('lora')
    expect(tokenize('ＱＬｏＲＡ')).toEqual(['qlora', 'lora'])
  })

  it('is not cut where no short prefix stands before a word', () => {
    for (const text of [
      'LoRA',
      'MoE',
      'GPTQ',
      'DeepSpeed',
      'FlashAttention',
      'ChatGPT',
      'GPUs',
      'iOS',
      'mT5',
      'qlora',
      'The LLM',
    ]) {
      expect(tokenize(text), text).toEqual(tokenize(text.toLowerCase()))
    }
    expect(createQueryTokenizer(fold)('QLoRA')).toEqual(['qlora'])
  })

  it('is found by the word, by the whole name, and as typed', () => {
    const index = indexOf(
      stored('qlora', 'learning', 'QLoRA on one GPU'),
      stored('lora', 'learning', 'LoRA rank sweep'),
      stored('vllm', 'project', '部署 vLLM'),
      stored('llm', 'reflection', 'LLM evals'),
      stored('lower', 'learning', 'qlora in lower case'),
    )
    expect(found(index, 'lora')).toEqual(['lora', 'qlora'])
    expect(found(index, 'lor')).toEqual(['lora', 'qlora'])
    expect(found(index, 'qlora')).toEqual(['lower', 'qlora'])
    expect(found(index, 'llm')).toEqual(['llm', 'vllm'])
    expect(found(index, 'vllm')).toEqual(['vllm'])
  })
})

describe('British and American spellings', () => {
  it('are each other’s other spelling for -ise/-ize, -isation/-ization, -yse/-yze', () => {
    expect(otherSpelling('quantisation')).toBe('quantization')
    expect(otherSpelling('quantization')).toBe('quantisation')
    expect(otherSpelling('optimised')).toBe('optimized')
    expect(otherSpelling('tokenizers')).toBe('tokenisers')
    expect(otherSpelling('realising')).toBe('realizing')
    expect(otherSpelling('analyse')).toBe('analyze')
    expect(otherSpelling('optimis')).toBe('optimiz')
    expect(otherSpelling('quantisa')).toBe('quantiza')
    for (const word of ['size', 'raise', 'prize', 'this', 'quant', 'vision', 'colour', '推理']) {
      expect(otherSpelling(word), word).toBeNull()
    }
  })

  const index = indexOf(
    stored('us', 'learning', 'Quantization notes', 'optimize the tokenizer'),
    stored('uk', 'learning', 'Quantisation notes', 'optimised kernels; analyse the traces'),
    stored('analysis', 'reflection', 'Error analysis'),
    stored('promise', 'reflection', 'A promise kept'),
  )

  it('find each other, whole or as typed', () => {
    expect(found(index, 'quantisation')).toEqual(['uk', 'us'])
    expect(found(index, 'quantization')).toEqual(['uk', 'us'])
    expect(found(index, 'quantisa')).toEqual(['uk', 'us'])
    expect(found(index, 'quant')).toEqual(['uk', 'us'])
    expect(found(index, 'optimis')).toEqual(['uk', 'us'])
    expect(found(index, 'tokeniser')).toEqual(['us'])
    expect(found(index, 'analyze')).toEqual(['uk'])
  })

  it('score the other spelling as the word typed, and mark the words as written', () => {
    const scores = (query: string) =>
      Object.fromEntries(index.search(query, 50).hits.map((hit) => [hit.id, hit.score]))
    expect(scores('quantisation')).toEqual(scores('quantization'))
    // Equal scores: the spelling typed first (in the order entries were matched).
    expect(index.search('quantisation', 50).hits[0]?.id).toBe('uk')
    const british = index.search('quantisation', 50)
    expect(british.hits.find((hit) => hit.id === 'us')?.terms).toEqual(['quantization'])
  })

  it('leave words without another spelling as they were', () => {
    expect(found(index, 'analysis')).toEqual(['analysis'])
    expect(found(index, 'promise')).toEqual(['promise'])
    expect(found(index, 'size')).toEqual([])
  })
})
