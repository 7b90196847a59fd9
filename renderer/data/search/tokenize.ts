/**
 * How journal text becomes search terms, the same for what is indexed and what is typed.
 *
 * Chinese has no spaces, so words come from `Intl.Segmenter` (dictionary-based; one call a text,
 * which measured about 4× faster than a call per run of Chinese). Both scripts are folded to
 * Simplified by `fold` (opencc-js in the worker), so 推理 finds 推理 and 推理 finds 推理, and
 * NFKC folds full-width letters and digits (ＧＰＵ) to their ASCII forms; everything is lower
 * case. English words are matched by prefix at query time ("quant" finds "quantization").
 */

/** Raise when the rules below change: a persisted index built by other rules is rebuilt. */
export const TOKENIZER_VERSION = 1

export type Fold = (text: string) => string

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

export function createTokenizer(fold: Fold): (text: string) => string[] {
  return (text) => {
    const normal = fold(text.normalize('NFKC')).toLowerCase()
    const terms: string[] = []
    for (const segment of segmenter.segment(normal)) {
      if (segment.isWordLike) terms.push(segment.segment)
    }
    return terms
  }
}
