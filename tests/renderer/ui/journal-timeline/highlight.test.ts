import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { JournalIndex } from '../../../../renderer/data/search/journal-index'
import {
  excerpt,
  highlight,
  plainText,
  type TextSpan,
} from '../../../../renderer/ui/screens/journal/timeline/highlight'

// The worker's fold: Taiwan and Hong Kong forms through standard Traditional to Simplified.
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
const noFold = (text: string) => text

/** The spans as a string with the marks shown: "read [quantization] notes". */
function shown(spans: readonly TextSpan[]): string {
  return spans.map((span) => (span.match ? `[${span.text}]` : span.text)).join('')
}

/** The terms the real index answers for `query` over `text` (as the worker would send). */
function termsFor(text: string, query: string): string[] {
  const index = new JournalIndex(fold)
  index.upsert([{ id: 'e', title: '', body: text, tags: '', company: '' }])
  return index.search(query, 1).hits[0]?.terms ?? []
}

describe('highlight', () => {
  it('marks whole English words a prefix matched, in any case, and keeps the text as written', () => {
    const text = 'Read about Quantization: GPTQ and quantized AWQ, not quarks'
    const terms = termsFor(text, 'quant')
    expect(terms.sort()).toEqual(['quantization', 'quantized'])
    const spans = highlight(text, terms, fold)
    expect(shown(spans)).toBe('Read about [Quantization]: GPTQ and [quantized] AWQ, not quarks')
    expect(spans.map((span) => span.text).join('')).toBe(text)
  })

  it('marks a Chinese word inside a sentence without spaces', () => {
    const text = '字节二面问了推理加速和量化'
    expect(shown(highlight(text, termsFor(text, '推理'), fold))).toBe(
      '字节二面问了[推理]加速和量化',
    )
  })

  it('marks 繁體 text found by a 简体 query, and 简体 text found by a 繁體 query', () => {
    const traditional = '字節三面問了推理優化和記憶體管理，今天讀了大模型訓練的論文'
    const simplifiedTerms = termsFor(traditional, '训练')
    expect(simplifiedTerms).toEqual(['训练'])
    expect(shown(highlight(traditional, simplifiedTerms, fold))).toBe(
      '字節三面問了推理優化和記憶體管理，今天讀了大模型[訓練]的論文',
    )
    const simplified = '面试官很关心大模型训练的稳定性'
    const traditionalTerms = termsFor(simplified, '訓練')
    expect(shown(highlight(simplified, traditionalTerms, fold))).toBe(
      '面试官很关心大模型[训练]的稳定性',
    )
  })

  it('marks the Chinese as typed, not the pairs the index matched it by', () => {
    const text = '先谈薪资，再谈判期权；谈'
    const terms = termsFor(text, '谈')
    // The index answers a one-character query with every pair it starts.
    expect(terms).toContain('谈薪')
    expect(shown(highlight(text, terms, fold, '谈'))).toBe('先[谈]薪资，再[谈]判期权；[谈]')
    // Without the query, the pairs: what the timeline marked before.
    expect(shown(highlight(text, terms, fold))).toBe('先[谈薪]资，再[谈判]期权；[谈]')
    // A longer run where it stands as typed, not its pairs wherever they stand.
    const longer = '讨论了重排序，重排之后'
    expect(shown(highlight(longer, termsFor(longer, '重排序'), fold, '重排序'))).toBe(
      '讨论了[重排序]，重排之后',
    )
    // Its pairs apart (the index found it by them): the pairs are what matched.
    const apart = '先重排，再排序'
    expect(shown(highlight(apart, termsFor(apart, '重排序'), fold, '重排序'))).toBe(
      '先[重排]，再[排序]',
    )
    // English beside it keeps the index's whole words.
    const mixed = 'Quantization 谈薪'
    expect(shown(highlight(mixed, termsFor(mixed, 'quant 谈'), fold, 'quant 谈'))).toBe(
      '[Quantization] [谈]薪',
    )
  })

  it('marks one typed character in the entry’s own script, either way', () => {
    const traditional = '今天讀了大模型訓練的論文'
    expect(shown(highlight(traditional, termsFor(traditional, '训'), fold, '训'))).toBe(
      '今天讀了大模型[訓]練的論文',
    )
    const simplified = '大模型训练的稳定性'
    expect(shown(highlight(simplified, termsFor(simplified, '訓'), fold, '訓'))).toBe(
      '大模型[训]练的稳定性',
    )
    // The query's fold not come yet (the worker answers it): the index's terms, as before.
    expect(shown(highlight(simplified, termsFor(simplified, '訓練'), noFold, '訓練'))).toBe(
      '大模型[训练]的稳定性',
    )
  })

  it('merges overlapping and adjacent terms into one mark, never doubling text', () => {
    const text = '推理加速很难，推理也难'
    const spans = highlight(text, ['推理', '推理加速', '加速'], fold)
    expect(shown(spans)).toBe('[推理加速]很难，[推理]也难')
    expect(spans.map((span) => span.text).join('')).toBe(text)
    expect(shown(highlight('kv cache kv', ['kv', 'cache'], fold))).toBe('[kv] [cache] [kv]')
  })

  it('finds full-width letters and combining accents as the index folds them', () => {
    expect(shown(highlight('买了 ＧＰＵ 和 cafe\u0301', ['gpu', 'café'], fold))).toBe(
      '买了 [ＧＰＵ] 和 [cafe\u0301]',
    )
  })

  it('keeps emoji and other astral characters whole', () => {
    const text = '🚀 上线了 vLLM 🚀'
    const spans = highlight(text, ['vllm'], fold)
    expect(shown(spans)).toBe('🚀 上线了 [vLLM] 🚀')
  })

  it('marks nothing for no terms, and nothing that is only part of a word', () => {
    expect(highlight('quantization', [], fold)).toEqual([{ text: 'quantization', match: false }])
    expect(highlight('', ['x'], fold)).toEqual([])
    expect(shown(highlight('maintain the AI', ['ai'], noFold))).toBe('maintain the [AI]')
  })

  it('still marks 简体 text when no fold is at hand yet', () => {
    expect(shown(highlight('字节二面问了推理加速', ['推理'], noFold))).toBe(
      '字节二面问了[推理]加速',
    )
  })
})

describe('excerpt', () => {
  const long = `${'开头的话很长。'.repeat(20)}这里说到推理加速。${'结尾。'.repeat(30)}`

  it('starts a little before a match that lies further in, and says what was cut', () => {
    const cut = excerpt(highlight(long, ['推理'], fold), 60)
    expect(cut.cutBefore).toBe(true)
    expect(cut.cutAfter).toBe(true)
    const text = shown(cut.spans)
    expect(text).toContain('[推理]')
    expect(text.indexOf('[推理]')).toBe(24)
    expect(cut.spans.map((span) => span.text).join('')).toHaveLength(60)
  })

  it('starts at the beginning when the match is near it or there is none', () => {
    const near = excerpt(highlight('推理加速和量化', ['量化'], fold), 60)
    expect(near).toEqual({
      spans: [
        { text: '推理加速和', match: false },
        { text: '量化', match: true },
      ],
      cutBefore: false,
      cutAfter: false,
    })
    const none = excerpt([{ text: long, match: false }], 10)
    expect(none.cutBefore).toBe(false)
    expect(none.spans[0]?.text).toBe(long.slice(0, 10))
  })

  it('never splits an astral character', () => {
    const cut = excerpt([{ text: '😀'.repeat(10), match: false }], 5)
    expect(cut.spans[0]?.text).toBe('😀😀😀')
  })
})

describe('plainText', () => {
  it('reads Markdown as one line of text', () => {
    expect(
      plainText(
        '# 二面\n\n- 问了 **KV cache** 和 `paged_attention`\n> 见 [论文](https://x.y) ![图](a.png)\n```py\nprint(1)\n```\n<img src=x onerror=alert(1)>完',
      ),
    ).toBe('二面 问了 KV cache 和 paged_attention 见 论文 图 print(1) 完')
  })
})

describe('plainText keeps a lone *', () => {
  // Trial 21 #3: recruiters write × as `*`; dropping every `*` turned 「月薪5.5万*16」 into
  // 「月薪5.5万16」, another figure. Only paired emphasis marks go.
  it('keeps a * between figures, as written', () => {
    for (const text of [
      '月薪5.5万*16',
      '月薪5.5万*16，签字费10万。',
      '90-120k*16',
      '60k*15 and 5*3',
    ]) {
      expect(plainText(text)).toBe(text)
    }
    expect(plainText('A* search and 5 * 3')).toBe('A* search and 5 * 3')
    expect(plainText('万*16，另有*签字费*')).toBe('万*16，另有签字费')
  })

  it('still drops paired emphasis, strike-through, code marks and breaks', () => {
    expect(plainText('**LoRA** and *x*')).toBe('LoRA and x')
    expect(plainText('~~old~~ new')).toBe('old new')
    expect(plainText('`vllm` serve')).toBe('vllm serve')
    expect(plainText('这是*重点*内容，__加粗__ 和 ***两者***')).toBe('这是重点内容，加粗 和 两者')
    expect(plainText('上\n\n***\n\n下')).toBe('上 下')
  })

  it('a search in the kept figure marks it in the excerpt', () => {
    const body = '阿里：月薪5.5万*16，签字费10万。'
    const text = plainText(body)
    const spans = highlight(text, termsFor(body, '16'), fold)
    expect(spans.map((span) => span.text).join('')).toBe(text)
    expect(shown(spans)).toContain('*[16]')
  })
})

describe('plainText: code spans, words with __, tables and task lists', () => {
  // Review 28 P9: a code span's text lost its marks ("`x*y*z`" → "xyz", "`__init__.py`" →
  // "init.py"), which the entry page shows as written. Trial 22 #1: a table showed its pipes
  // and its |---| row.
  it('keeps a code span as written', () => {
    expect(plainText('在 `__init__.py` 里注册')).toBe('在 __init__.py 里注册')
    expect(plainText('`x*y*z` 是乘法，**粗**')).toBe('x*y*z 是乘法，粗')
    expect(plainText('`a` and `b`')).toBe('a and b')
  })

  it('takes no __ inside a word as emphasis, as CommonMark does not', () => {
    expect(plainText('snake__case__name and __加粗__')).toBe('snake__case__name and 加粗')
  })

  it('shows a table as its cells, apart, without its rule row', () => {
    expect(
      plainText('结果\n\n| 方法 | 準確率 |\n|---|---:|\n| 全量 | 0.91 |\n| LoRA r=8 | 0.89 |\n完'),
    ).toBe('结果 方法 · 準確率 全量 · 0.91 LoRA r=8 · 0.89 完')
  })

  it('drops a rule row of one dash a cell too (review 29 T1)', () => {
    expect(plainText('| a | b |\n|-|-|\n| 1 | 2 |')).toBe('a · b 1 · 2')
  })

  it('drops a task list’s boxes', () => {
    expect(plainText('- [x] 复现论文\n- [ ] 写博客')).toBe('复现论文 写博客')
  })
})
