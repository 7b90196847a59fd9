/**
 * How journal text becomes search terms, the same for what is indexed and what is typed.
 *
 * Chinese has no spaces, so words come from `Intl.Segmenter` (dictionary-based; one call a text,
 * which measured about 4× faster than a call per run of Chinese). Both scripts are folded to
 * Simplified by `fold` (opencc-js in the worker), so 推理 finds 推理 and 推理 finds 推理, and
 * NFKC folds full-width letters and digits (ＧＰＵ) to their ASCII forms; everything is lower
 * case. English words are matched by prefix at query time ("quant" finds "quantization").
 *
 * Plain ASCII text (English titles, tags, half the fields of a typical journal) takes a short
 * cut with the same terms: folding and NFKC leave ASCII as it is, and the segmenter's words in
 * it are the runs of letters and digits, except where it joins them across `.` `,` `;` `:` `'`
 * or `_` (3.5, e.g, 1,000, snake_case): such text still goes through the segmenter. Each
 * segmenter call costs a few microseconds before its first character (measured: about 1 s of
 * the 3.6 s that tokenizing 50,000 entries took), so text that does not need it skips it;
 * tests/renderer/data/search/tokenize.test.ts checks the short cut against the segmenter.
 */

/** Raise when the rules below change: a persisted index built by other rules is rebuilt. */
export const TOKENIZER_VERSION = 1

export type Fold = (text: string) => string

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

// eslint-disable-next-line no-control-regex -- ASCII is the point
const ASCII = /^[\x00-\x7f]*$/
/** Where the segmenter joins letters or digits across punctuation (UAX #29 WB6-7, 11-13). */
const JOINED = /_|[a-z0-9][.,;:'][a-z0-9]/
const WORD = /[a-z0-9]+/g

function segmentWords(normal: string): string[] {
  const terms: string[] = []
  for (const segment of segmenter.segment(normal)) {
    if (segment.isWordLike) terms.push(segment.segment)
  }
  return terms
}

/** Every text through fold, NFKC and the segmenter: the rules, without the ASCII short cut. */
export function createSegmenterTokenizer(fold: Fold): (text: string) => string[] {
  return (text) => segmentWords(fold(text.normalize('NFKC')).toLowerCase())
}

export function createTokenizer(fold: Fold): (text: string) => string[] {
  const segmented = createSegmenterTokenizer(fold)
  return (text) => {
    if (text === '') return []
    if (!ASCII.test(text)) return segmented(text)
    const lower = text.toLowerCase()
    return JOINED.test(lower) ? segmentWords(lower) : (lower.match(WORD) ?? [])
  }
}
