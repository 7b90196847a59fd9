/**
 * Marks what a search matched in a title or an excerpt. The search worker answers with the
 * index's terms that matched (folded: NFKC, Simplified, lower case; a prefix query answers with
 * the whole word, "quant" → "quantization"). The text is folded the same way here, cut into
 * words by the same Intl.Segmenter, and every word that is one of those terms is marked in the
 * text as written: 简体 terms mark 繁體 text, "ＧＰＵ" is found by "gpu". Pure: no scoring.
 *
 * Chinese is indexed by character pairs (tokenize.ts), so the index's Chinese terms are pairs,
 * not what was typed: 谈 matches 谈薪 and 谈判 by prefix. Given the query, its Chinese runs are
 * marked as typed instead (谈 marks 谈 alone, 重排序 the run, not 重排 wherever it stands); where
 * a run is not in the text as one (a long run whose pairs stand apart, or a query whose fold
 * has not arrived yet), the index's Chinese terms are marked as without a query.
 */

/** Folds Chinese to one script (the worker's opencc-js, or a cache of its answers). */
export type Fold = (text: string) => string

export interface TextSpan {
  text: string
  match: boolean
}

/** A base character with its combining marks: folded as one, so "é" written as e + ◌́ stays é. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu
const HAN = /\p{Script=Han}/u
const HAN_RUN = /\p{Script=Han}+/gu
/** Made at the first highlight, not when the timeline's code loads: a Chinese word segmenter
 *  loads its dictionary (~40 ms in a profile of the journal's first page, which highlights
 *  nothing). */
let segmenter: Intl.Segmenter | undefined

interface FoldedText {
  folded: string
  /** For each code unit of `folded`, the range of the original text it came from. */
  from: number[]
  to: number[]
}

function foldWithMap(text: string, fold: Fold): FoldedText {
  let folded = ''
  const from: number[] = []
  const to: number[] = []
  const pieces: { piece: string; start: number; end: number }[] = []
  for (const cluster of text.matchAll(CLUSTER)) {
    const start = cluster.index
    const end = start + cluster[0].length
    pieces.push({ piece: cluster[0].normalize('NFKC').toLowerCase(), start, end })
  }
  const normal = pieces.map((piece) => piece.piece).join('')
  // Fold the whole text at once (opencc reads phrases); if that changed its length, the map
  // by position would drift, so fold piece by piece instead.
  const whole = HAN.test(normal) ? fold(normal) : normal
  const byPiece = whole.length !== normal.length
  let offset = 0
  for (const { piece, start, end } of pieces) {
    const out = byPiece
      ? HAN.test(piece)
        ? fold(piece)
        : piece
      : whole.slice(offset, offset + piece.length)
    offset += piece.length
    folded += out
    for (let unit = 0; unit < out.length; unit++) {
      from.push(start)
      to.push(end)
    }
  }
  return { folded, from, to }
}

/** The Chinese runs of a query, folded as the index folds it (NFKC, one script, lower case). */
function typedRuns(query: string, fold: Fold): string[] {
  const normal = query.normalize('NFKC')
  if (!HAN.test(normal)) return []
  return Array.from(fold(normal).toLowerCase().matchAll(HAN_RUN), (run) => run[0])
}

/** Every place `term` occurs in `folded`, passed to `mark`; whether there was one. */
function markEach(folded: string, term: string, mark: (start: number, end: number) => void) {
  let found = false
  for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
    mark(at, at + term.length)
    found = true
  }
  return found
}

/** Whether the index's `term` is one a typed run matched: one of its pairs, or (a run of one
 *  character, matched as a prefix) a term it starts. */
function matchedBy(run: string, term: string): boolean {
  const characters = Array.from(run)
  if (characters.length === 1) return term.startsWith(run)
  return characters.some((character, at) => character + (characters[at + 1] ?? '') === term)
}

/**
 * Splits `text` into spans, marking every word one of `terms` names, and the Chinese the search
 * matched: each Chinese run of `query` where it occurs, and the Chinese terms that no run found
 * in this text accounts for, wherever they occur (all of them when there is no query).
 */
export function highlight(
  text: string,
  terms: readonly string[],
  fold: Fold,
  query = '',
): TextSpan[] {
  const wanted = new Set(terms.map((term) => term.normalize('NFKC').toLowerCase()).filter(Boolean))
  if (text === '' || wanted.size === 0) return text === '' ? [] : [{ text, match: false }]
  const { folded, from, to } = foldWithMap(text, fold)
  const marked = new Uint8Array(folded.length)
  const mark = (start: number, end: number) => marked.fill(1, start, end)
  let chinese = [...wanted].filter((term) => HAN.test(term))
  for (const term of chinese) wanted.delete(term)
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' })
  for (const segment of segmenter.segment(folded)) {
    if (segment.isWordLike && wanted.has(segment.segment)) {
      mark(segment.index, segment.index + segment.segment.length)
    }
  }
  for (const run of typedRuns(query, fold)) {
    if (markEach(folded, run, mark)) chinese = chinese.filter((term) => !matchedBy(run, term))
  }
  // Found by string, not by word: a dictionary may cut this text differently from the whole
  // entry the index read.
  for (const term of chinese) markEach(folded, term, mark)
  const original = new Uint8Array(text.length)
  marked.forEach((isMarked, unit) => {
    if (isMarked) original.fill(1, from[unit], to[unit])
  })
  return spansOf(text, original)
}

function spansOf(text: string, marked: Uint8Array): TextSpan[] {
  const spans: TextSpan[] = []
  let start = 0
  for (let unit = 1; unit <= text.length; unit++) {
    if (unit === text.length || marked[unit] !== marked[start]) {
      spans.push({ text: text.slice(start, unit), match: marked[start] === 1 })
      start = unit
    }
  }
  return spans
}

export interface Excerpt {
  spans: TextSpan[]
  /** Text was left out before or after the excerpt (show an ellipsis there). */
  cutBefore: boolean
  cutAfter: boolean
}

/** Characters kept before the first match, so the match is read in its sentence. */
const LEAD = 24

/**
 * About `length` characters of the highlighted text: from the start, or from a little before
 * the first match when the match lies further in.
 */
export function excerpt(spans: readonly TextSpan[], length: number): Excerpt {
  const text = spans.map((span) => span.text).join('')
  let firstMatch = 0
  let matched = false
  for (const span of spans) {
    if (span.match) {
      matched = true
      break
    }
    firstMatch += span.text.length
  }
  let start = matched && firstMatch + LEAD > length ? firstMatch - LEAD : 0
  // Never start or end inside a surrogate pair.
  if (isLowSurrogate(text.charCodeAt(start))) start++
  let end = Math.min(text.length, start + length)
  if (isLowSurrogate(text.charCodeAt(end))) end++
  const kept: TextSpan[] = []
  let offset = 0
  for (const span of spans) {
    const spanStart = offset
    offset += span.text.length
    const piece = span.text.slice(Math.max(0, start - spanStart), Math.max(0, end - spanStart))
    if (piece !== '') kept.push({ text: piece, match: span.match })
  }
  return { spans: kept, cutBefore: start > 0, cutAfter: end < text.length }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** `**x**`, `~~x~~`: a pair of markers around text that neither starts nor ends in a space. */
const DOUBLE_MARKS = /(\*\*|~~)(?=\S)([\s\S]*?\S)\1/g
/**
 * `__x__`, never inside a word: CommonMark takes no `_` there, so `snake__case__name` is shown
 * as written. Where CommonMark does take it (`__init__.py`, `torch.__version__` outside a code
 * span), the excerpt drops the marks as the entry's page does; in a code span it keeps them
 * (review 28 P9).
 */
const DOUBLE_UNDERSCORES = /(?<![\p{L}\p{N}_])__(?=\S)([\s\S]*?\S)__(?![\p{L}\p{N}_])/gu
/** A code span: its text is shown as written, marks and all (`x*y*z` is no emphasis). */
const CODE_SPAN = /`([^`\n]+)`/g
/** Stands for a code span while the marks around it are read (a private-use character). */
const CODE_HOLD = '\uE000'
/** A table's delimiter row (`|---|:--:|`): no text to show. */
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/gm
/** A table's row (`| 全量 | 0.91 |`): its cells, apart. */
const TABLE_ROW = /^\s*\|(.*)\|\s*$/gm
/** A task list's box (`[x] `), once its list mark is gone. */
const TASK_BOX = /^\[[ xX]\]\s+/gm
/**
 * `*x*` in a line, never a `*` beside a digit: recruiters write × as `*` (「月薪5.5万*16」,
 * "60k*15"), and dropping it made another figure (「5.5万16」, trial 21 #3).
 */
const SINGLE_STAR = /(?<![\d*])\*(?![\s\d*])([^*\n]*?)(?<![\s\d*])\*(?![\d*])/g
/** A thematic break (`***`, `- - -`, `___`): no text to show. */
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm

/**
 * The entry's Markdown as one line of plain text for an excerpt: link and image text kept,
 * their addresses, headings' and lists' marks, emphasis and tags dropped. Only paired emphasis
 * marks go: a lone `*` is the user's text. Never rendered as HTML, so it needs no sanitising,
 * only to read well.
 */
export function plainText(markdown: string): string {
  const codes: string[] = []
  const text = markdown
    .replace(/^\s*(```|~~~).*$/gm, ' ')
    .replace(THEMATIC_BREAK, ' ')
    // Tables (GitHub's Markdown, trial 22 #1): the rule row goes, cells are kept apart.
    .replace(TABLE_RULE, ' ')
    .replace(TABLE_ROW, (_row, cells: string) => cells.replace(/\|/g, ' · '))
    .replace(CODE_SPAN, (_span, code: string) => {
      codes.push(code)
      return CODE_HOLD
    })
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(TASK_BOX, '')
    .replace(DOUBLE_MARKS, '$2')
    .replace(DOUBLE_UNDERSCORES, '$1')
    .replace(SINGLE_STAR, '$1')
    .replace(/`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  let at = 0
  return text.replace(new RegExp(CODE_HOLD, 'g'), () => codes[at++] ?? '')
}
