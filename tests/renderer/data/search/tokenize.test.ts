import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { indexedEntry } from '../../../../renderer/data/search/indexed-entry'
import {
  createSegmenterTokenizer,
  createTokenizer,
} from '../../../../renderer/data/search/tokenize'
import { generateExport } from '../../../helpers/export-generator'
import { seededRandom } from '../../../helpers/seeded-random'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
const tokenize = createTokenizer(fold)
const segmented = createSegmenterTokenizer(fold)

describe('the tokenizer’s short cut for plain ASCII text', () => {
  it('gives the segmenter’s terms where it joins across punctuation and where it does not', () => {
    for (const text of [
      'Read about quantization: GPTQ and AWQ compared',
      'vLLM 0.6.3, e.g. KV-cache; it’s fine',
      "it's 3.5x faster, 1,000 tokens; a.b a:b a;b a,b a.5 5.a snake_case __init__ _",
      'Megatron-LM (7B) / 70B + MoE? yes! #tags @user "quoted" [x] {y} <z> ~a `b` |c| ^d %e $f &g *h =i',
      'Note 123\nLog 4567\t\r\nTAB\u0000\u001f\u007f',
      '',
      '   ',
      'A',
      '.',
    ]) {
      expect(tokenize(text), JSON.stringify(text)).toEqual(segmented(text))
    }
  })

  it('gives the segmenter’s terms for random ASCII text', () => {
    const next = seededRandom(7)
    const alphabet = 'abcXYZ019 .,;:\'_-!?()/"\n\t@#+&'
    for (let round = 0; round < 5000; round++) {
      let text = ''
      const length = 1 + Math.floor(next() * 16)
      for (let at = 0; at < length; at++)
        text += alphabet.charAt(Math.floor(next() * alphabet.length))
      expect(tokenize(text), JSON.stringify(text)).toEqual(segmented(text))
    }
  })

  it('gives the segmenter’s terms for every field of a generated journal', () => {
    const { text } = generateExport(400, 3)
    const journal = (
      JSON.parse(text) as { data: { journal: Parameters<typeof indexedEntry>[0][] } }
    ).data.journal
    for (const entry of journal.map(indexedEntry)) {
      for (const field of [entry.title, entry.body, entry.tags, entry.company]) {
        expect(tokenize(field), field).toEqual(segmented(field))
      }
    }
  })

  it('still folds, normalizes and segments text that is not ASCII', () => {
    expect(tokenize('字節二面問了推理加速和量化')).toEqual(segmented('字节二面问了推理加速和量化'))
    expect(tokenize('ＧＰＵ Quantization')).toEqual(['gpu', 'quantization'])
    expect(tokenize('Café 推理')).toEqual(segmented('Café 推理'))
  })
})
