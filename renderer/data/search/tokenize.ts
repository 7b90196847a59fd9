/**
 * How journal text becomes search terms: `createTokenizer` for what is indexed,
 * `createQueryTokenizer` for what is typed.
 *
 * Both scripts of Chinese are folded to Simplified by `fold` (opencc-js in the worker), so 推理
 * finds 推理 and 推理 finds 推理; NFKC folds full-width letters and digits (ＧＰＵ) to their ASCII
 * forms; everything is lower case.
 *
 * Chinese has no spaces, and a dictionary cuts the same characters differently in different
 * sentences (重排序 alone is one word, 重 + 排序 in "讨论了重排序"; 先谈 stays one word), so a
 * query cut by the same dictionary missed text it is part of (重排 in 重排序, 谈 in 先谈). A run
 * of Chinese characters is therefore indexed by position, not by word: at every character,
 * the two characters that start there (the last character alone), so 先谈薪资 → 先谈 谈薪 薪资
 * 资. A query run of two or more characters is its pairs, every one required (重排序 → 重排
 * 排序), and one character is matched as a prefix (谈 → 谈 谈薪 …): any run typed is found
 * wherever it is written, inside a word or across two. Three characters or more are found
 * where all their pairs occur, which is almost always where the run itself occurs.
 *
 * Other text goes through `Intl.Segmenter` (English words are matched by prefix at query
 * time: "quant" finds "quantization"). Words joined by hyphens are also indexed as one
 * (C-Eval → c eval ceval), so "ceval" finds C-Eval and "c-eval" still does.
 *
 * A name made of a prefix of one or two letters and a word written with capitals (QLoRA, vLLM,
 * xLSTM, PyTorch, SGLang) is also indexed as that word from the case change on (lora, llm,
 * lstm, torch, lang), three letters or more, so "lora" finds QLoRA. Only a prefix of one or
 * two letters: those are variants of the word (QLoRA is a LoRA); a longer head makes a
 * compound whose halves are not what it is (DeepSpeed is no "speed"). Lower-case text
 * ("qlora") gives no case change to cut at, and is found by "qlora" only.
 *
 * Plain ASCII text (English titles, tags, half the fields of a typical journal) takes a short
 * cut with the same terms: folding and NFKC leave ASCII as it is, and the segmenter's words in
 * it are the runs of letters and digits, except where it joins them across `.` `,` `;` `:` `'`
 * or `_` (3.5, e.g, 1,000, snake_case): such text still goes through the segmenter. Each
 * segmenter call costs a few microseconds before its first character (measured: about 1 s of
 * the 3.6 s that tokenizing 50,000 entries took), so text that does not need it skips it;
 * tests/renderer/data/search/tokenize.test.ts checks the short cut against the segmenter.
 */

/** Raise when the rules below change, or the fields indexed (journal-index.ts): a persisted
 *  index built by other rules is rebuilt.
 *  2: Chinese by character pairs instead of dictionary words; hyphenated words joined.
 *  3: the entry's kind indexed by its names; a prefixed name's word (QLoRA → lora).
 *  4: the names of the skills an entry links to indexed (the `skills` field), and kept with
 *     the index (linked-skills.ts).
 *  5: each entry's date kept with the index, so that equal matches come newest first (a copy
 *     stored before holds none, and would list a stored journal's ties in no order). */
export const TOKENIZER_VERSION = 5

export type Fold = (text: string) => string

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })

// eslint-disable-next-line no-control-regex -- ASCII is the point
const ASCII = /^[\x00-\x7f]*$/
/** Where the segmenter joins letters or digits across punctuation (UAX #29 WB6-7, 11-13). */
const JOINED = /_|[a-z0-9][.,;:'][a-z0-9]/
const WORD = /[a-z0-9]+/g
/** Words joined by hyphens, not part of a longer token (C-Eval, KV-cache; not 2.5-7b). */
const HYPHENATED = /(?<!\w|\w[.,;:'])[a-z0-9]+(?:-[a-z0-9]+)+(?!\w|[.,;:']\w)/g
/** Where a prefixed name may be (a lower-case letter before a capital, or two capitals before
 *  a lower-case letter): text without one has none, and skips PREFIXED_NAME. */
const CASE_CHANGE = /[a-z][A-Z]|[A-Z][A-Z][a-z]/
/** A name's prefix of one or two letters, then its word from the case change: a capital after
 *  a lower-case letter (vLLM, PyTorch), or a capital before a lower-case one (QLoRA, SGLang). */
const PREFIXED_NAME =
  /(?<![A-Za-z0-9])[A-Za-z]?(?:[a-z](?=[A-Z])|[A-Z](?=[A-Z][a-z]))([A-Z][A-Za-z0-9]{2,})(?![A-Za-z0-9])/g
const HAN_RUN = /\p{Script=Han}+/gu
const HAN = /\p{Script=Han}/u
/** Text with a letter or digit in it: a piece without one (，。 between runs) has no words. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** How text between Chinese runs becomes words (with or without the ASCII short cut). */
type Words = (normal: string, terms: string[]) => void

function segmentWords(normal: string, terms: string[]): void {
  for (const segment of segmenter.segment(normal)) {
    if (segment.isWordLike) terms.push(segment.segment)
  }
}

function fastWords(normal: string, terms: string[]): void {
  if (!ASCII.test(normal)) {
    if (LETTER_OR_DIGIT.test(normal)) segmentWords(normal, terms)
    return
  }
  if (JOINED.test(normal)) segmentWords(normal, terms)
  else for (const word of normal.match(WORD) ?? []) terms.push(word)
}

function joinHyphenated(normal: string, terms: string[]): void {
  if (!normal.includes('-')) return
  for (const joined of normal.match(HYPHENATED) ?? []) terms.push(joined.replaceAll('-', ''))
}

function prefixedNames(cased: string, terms: string[]): void {
  if (!CASE_CHANGE.test(cased)) return
  for (const name of cased.matchAll(PREFIXED_NAME)) terms.push((name[1] ?? '').toLowerCase())
}

/** A Chinese run's terms: at each character, it and the next (the last one alone). */
function indexedPairs(run: string, terms: string[]): void {
  const characters = Array.from(run)
  for (let at = 0; at < characters.length; at++) {
    terms.push((characters[at] ?? '') + (characters[at + 1] ?? ''))
  }
}

/** A typed Chinese run's terms: its pairs, or the one character (matched as a prefix). */
function queryPairs(run: string, terms: string[]): void {
  const characters = Array.from(run)
  if (characters.length === 1) terms.push(run)
  for (let at = 0; at + 1 < characters.length; at++) {
    terms.push((characters[at] ?? '') + (characters[at + 1] ?? ''))
  }
}

/** `normal`'s terms; with `cased` (the same text before lower-casing), the index's extra
 *  terms too: hyphenated words joined, prefixed names' words. */
function terms(
  normal: string,
  words: Words,
  pairs: (run: string, terms: string[]) => void,
  cased: string | null,
): string[] {
  const found: string[] = []
  if (HAN.test(normal)) {
    let last = 0
    for (const run of normal.matchAll(HAN_RUN)) {
      if (run.index > last) words(normal.slice(last, run.index), found)
      pairs(run[0], found)
      last = run.index + run[0].length
    }
    if (last < normal.length) words(normal.slice(last), found)
  } else {
    words(normal, found)
  }
  if (cased !== null) {
    joinHyphenated(normal, found)
    prefixedNames(cased, found)
  }
  return found
}

/** Folded and NFKC, case kept (folding leaves Latin letters as they are). */
const normalizeCased = (fold: Fold, text: string) => fold(text.normalize('NFKC'))
const normalize = (fold: Fold, text: string) => normalizeCased(fold, text).toLowerCase()

/** The index's rules without the ASCII short cut: every text folded, NFKC, the segmenter. */
export function createSegmenterTokenizer(fold: Fold): (text: string) => string[] {
  return (text) => {
    const cased = normalizeCased(fold, text)
    return terms(cased.toLowerCase(), segmentWords, indexedPairs, cased)
  }
}

/** An entry's text as the index holds it. */
export function createTokenizer(fold: Fold): (text: string) => string[] {
  return (text) => {
    if (text === '') return []
    const cased = ASCII.test(text) ? text : normalizeCased(fold, text)
    return terms(cased.toLowerCase(), fastWords, indexedPairs, cased)
  }
}

/**
 * A query's terms, each to be found as a prefix: Chinese runs as pairs (above); hyphenated
 * words as their parts only (c-eval → c eval, both required, which C-Eval has).
 */
export function createQueryTokenizer(fold: Fold): (text: string) => string[] {
  return (text) => {
    if (text === '') return []
    const normal = ASCII.test(text) ? text.toLowerCase() : normalize(fold, text)
    return terms(normal, fastWords, queryPairs, null)
  }
}

/** A piece of a query as typed, folded: a Chinese run, or one word of the text between. */
export type QueryPiece = { run: string; word?: never } | { word: string; run?: never }

/**
 * A query's pieces in order, for the glossary (glossary.ts) to find its words in: the same
 * text as createQueryTokenizer's terms, before Chinese runs become pairs (`queryTerms`).
 */
export function createQueryPieces(fold: Fold): (text: string) => QueryPiece[] {
  return (text) => {
    if (text === '') return []
    const normal = ASCII.test(text) ? text.toLowerCase() : normalize(fold, text)
    const pieces: QueryPiece[] = []
    const words = (between: string) => {
      const found: string[] = []
      fastWords(between, found)
      for (const word of found) pieces.push({ word })
    }
    let last = 0
    for (const run of normal.matchAll(HAN_RUN)) {
      if (run.index > last) words(normal.slice(last, run.index))
      pieces.push({ run: run[0] })
      last = run.index + run[0].length
    }
    if (last < normal.length) words(normal.slice(last))
    return pieces
  }
}

/** A Chinese run's query terms: its pairs, or its one character (createQueryTokenizer's). */
export function runTerms(run: string): string[] {
  const found: string[] = []
  queryPairs(run, found)
  return found
}

/**
 * The -ise/-ize, -isation/-ization, -yse/-yze words (and their -ed, -es, -er, -ing, -able
 * forms), or the start of one as typed (optimis), after three letters or more. Not -our/-or:
 * "four" is no British "for".
 */
const ISE_IZE =
  /^([a-z]{3,}[iy])([sz])(e(?:[ds]|rs?)?|i(?:ng?)?|a(?:t(?:i(?:o(?:n(?:s|al?)?)?)?)?|b(?:le?)?)?)?$/

/**
 * A query term's other spelling, British or American (quantisation ↔ quantization, analys ↔
 * analyz), or null. Searched beside the term, not instead of it, and not indexed: what it
 * adds is only index terms that exist. The rule also spells words with no other spelling
 * (promise → promize, emphasis → emphasiz); those add nothing, or the word's relative
 * (emphasize).
 */
export function otherSpelling(term: string): string | null {
  const word = ISE_IZE.exec(term)
  if (word === null) return null
  return `${word[1] ?? ''}${word[2] === 's' ? 'z' : 's'}${word[3] ?? ''}`
}

/** A letter Porter counts as a vowel: a, e, i, o, u, and y after a consonant. */
const PORTER_VOWEL = /[aeiou]|[^aeiou]y/
/** One syllable ending in one consonant (not w, x or y): tun, bas, hir, us. */
const SHORT_SYLLABLE = /^[^aeiou]*[aeiou][^aeiouwxy]$/
/** A doubled last consonant, not l, s or z (plann, runn; not fall, pass). */
const DOUBLED = /([^aeioulsz])\1$/

/** What is left of a word once -ed or -ing is taken off, as the word it was made from begins:
 *  plann → plan, tun → tune, bas → base, deploy and decod as they are (Porter's step 1b). */
function restoredStem(stem: string): string {
  if (DOUBLED.test(stem)) return stem.slice(0, -1)
  if (SHORT_SYLLABLE.test(stem)) return `${stem}e`
  return stem
}

/**
 * The words an English query word may be an inflection of: its singular (interviews →
 * interview, studies → study, batches → batch) and the verb of its -ed or -ing form (deployed,
 * deploying → deploy; tuned → tune; planned → plan; quantized → quantiz). Each is searched
 * beside the word, as a prefix, so "interviews" finds an entry that says "interview" (trial:
 * "interviews", "papers", "deployed" found nothing) while "interview" still finds
 * "interviews" as it is typed. Not indexed: the index keeps words as written.
 *
 * Why not a stemming library: a stemmer's stem is often no prefix of the word it stands for
 * (Porter: deploy → deploi, study → studi), so over an index of words as written it finds
 * nothing; and it takes derivational endings too (generalization → gener), which as a prefix
 * would find "generate". Only inflections are undone here, by Porter's own conditions (step 1a,
 * 1b): a stem must keep a vowel (string, bring: no -ing), -eed is no -ed (speed), -ss no plural
 * (class), and a base under three letters is dropped (used → us).
 */
export function inflectionBases(term: string): string[] {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return []
  const bases: string[] = []
  const add = (base: string) => {
    if (base.length >= 3 && base !== term && !bases.includes(base)) bases.push(base)
  }
  // Porter's step 1a, the plain form as the word begins: -sses and -xes, -ches, -shes lose
  // -es (processes, boxes, batches); any other -s only its s (cases → case, not "cas", which
  // found "cash": review 29 S1).
  if (term.endsWith('ies')) add(`${term.slice(0, -3)}y`)
  else if (/(?:ss|x|ch|sh)es$/.test(term)) add(term.slice(0, -2))
  else if (term.endsWith('s') && !term.endsWith('ss')) {
    add(term.slice(0, -1))
    if (/(?:s|z)es$/.test(term)) add(term.slice(0, -2))
  }
  let stem: string | null = null
  if (term.endsWith('ied')) add(`${term.slice(0, -3)}y`)
  else if (term.endsWith('ed') && !term.endsWith('eed')) stem = term.slice(0, -2)
  else if (term.endsWith('ing')) stem = term.slice(0, -3)
  if (stem !== null && PORTER_VOWEL.test(stem)) {
    add(restoredStem(stem))
    // The British doubled l (cancelled, labelled, modelling): also the word with one.
    if (stem.length >= 6 && stem.endsWith('ll')) add(stem.slice(0, -1))
  }
  return bases
}
