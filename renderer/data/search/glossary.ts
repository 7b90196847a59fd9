import { GLOSSARY_WORDS } from './glossary-words'
import {
  createQueryTokenizer,
  inflectionBases,
  otherSpelling,
  runTerms,
  type QueryPiece,
} from './tokenize'

/**
 * Cross-language search at query time (user trial 20: "training" did not find 「分布式训练实验」,
 * 推理 did not find "LLM inference team"). A query's words that are in the glossary
 * (glossary-words.ts) are each searched as themselves OR any word on their line; the query's
 * words still all have to match. The index is not changed (no term is added to an entry), so a
 * glossary changed here needs no rebuild and no TOKENIZER_VERSION: it is read per search.
 */

/** One thing the query asks for: its terms as typed, or, in place of them, one of `crossed`. */
export interface QueryUnit {
  /** The terms as typed (tokenize.ts's query terms), all required. */
  typed: readonly string[]
  /** The glossary's other words for what was typed, each as its terms (all required). */
  crossed: readonly (readonly string[])[]
}

interface ChineseWord {
  line: number
  characters: readonly string[]
  text: string
}

interface EnglishWord {
  line: number
  words: readonly string[]
}

export interface Glossary {
  /** Chinese words by their first character, longest first (a run is read longest first). */
  chinese: ReadonlyMap<string, readonly ChineseWord[]>
  /** English words (one word or more) by their first word, longest first. */
  english: ReadonlyMap<string, readonly EnglishWord[]>
  /** Each line's words as searched, as query terms: a word another one finds by prefix
   *  ("deployment", found by "deploy") is left out. */
  searched: readonly (readonly (readonly string[])[])[]
}

const HAN = /\p{Script=Han}/u

/** Whether searching `shorter` (every term a prefix) finds all `longer` finds. */
function covers(shorter: readonly string[], longer: readonly string[]): boolean {
  return (
    shorter.length === longer.length &&
    shorter.every((term, at) => (longer[at] ?? '').startsWith(term))
  )
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, at) => term === b[at])
}

function addLongestFirst<T>(
  map: Map<string, T[]>,
  key: string,
  word: T,
  length: (word: T) => number,
) {
  const list = map.get(key) ?? []
  list.push(word)
  list.sort((a, b) => length(b) - length(a))
  map.set(key, list)
}

/** A line's words without those another word of it finds (of two equal ones, the first kept). */
function searchedOf(all: readonly (readonly string[])[]): (readonly string[])[] {
  return all.filter(
    (terms, at) =>
      !all.some(
        (other, by) => by !== at && covers(other, terms) && (by < at || !covers(terms, other)),
      ),
  )
}

/**
 * The glossary as searched. `queryTerms` is the search's own query tokenizer, so a word here
 * is cut as the same word typed is (fine-tuning → fine, tuning; 强化学习 → 强化 化学 学习); the
 * words are written folded (Simplified, lower case), so it needs no fold.
 */
export function compileGlossary(
  lines: readonly (readonly string[])[],
  queryTerms: (text: string) => string[],
): Glossary {
  const chinese = new Map<string, ChineseWord[]>()
  const english = new Map<string, EnglishWord[]>()
  const searched = lines.map((words, line) => {
    const all = words.map((text) => {
      const terms = queryTerms(text)
      if (HAN.test(text)) {
        const characters = Array.from(text)
        const word = { line, characters, text }
        addLongestFirst(chinese, characters[0] ?? '', word, (w) => w.characters.length)
      } else {
        addLongestFirst(english, terms[0] ?? '', { line, words: terms }, (w) => w.words.length)
      }
      return terms
    })
    return searchedOf(all)
  })
  return { chinese, english, searched }
}

let compiled: Glossary | null = null

/** The field's glossary (glossary-words.ts), compiled at the first search (~1 ms). Its words
 *  are folded already: the query tokenizer cuts them with no fold. */
export function fieldGlossary(): Glossary {
  compiled ??= compileGlossary(
    GLOSSARY_WORDS,
    createQueryTokenizer((text) => text),
  )
  return compiled
}

/** A typed word's line: the word, the word it may be an inflection of (interviews, deployed),
 *  or in its other spelling. */
function englishAt(
  glossary: Glossary,
  words: readonly string[],
  at: number,
): { line: number; length: number } | null {
  const first = words[at] ?? ''
  const keys = [first]
  keys.push(...inflectionBases(first))
  const other = otherSpelling(first)
  if (other !== null) keys.push(other)
  for (const key of keys) {
    for (const word of glossary.english.get(key) ?? []) {
      const rest = word.words.slice(1)
      if (rest.every((term, offset) => term === words[at + 1 + offset])) {
        return { line: word.line, length: word.words.length }
      }
    }
  }
  return null
}

/** What was typed, and its line's other words (all but one spelt as typed). */
function unitOf(glossary: Glossary, typed: readonly string[], line: number): QueryUnit {
  const crossed = (glossary.searched[line] ?? []).filter((terms) => !sameTerms(terms, typed))
  return { typed, crossed }
}

/**
 * A query's units, in order: each glossary word it holds (longest first, a Chinese run read
 * from its start) one unit with its crossings, every other term a unit of its own. A Chinese
 * run made wholly of glossary words (分布式训练) is searched as those words, so a pair that
 * only joins two of them (式训) is not required: 分布式训练 finds "distributed training", and
 * also 分布式 … 训练 written apart. A run with anything else keeps all its pairs.
 */
export function planQuery(pieces: readonly QueryPiece[], glossary: Glossary | null): QueryUnit[] {
  const units: QueryUnit[] = []
  const plain = (terms: readonly string[]) => {
    for (const term of terms) if (term !== '') units.push({ typed: [term], crossed: [] })
  }
  const words: string[] = []
  const flushWords = () => {
    for (let at = 0; at < words.length;) {
      const found = glossary ? englishAt(glossary, words, at) : null
      if (found === null) {
        plain([words[at] ?? ''])
        at++
        continue
      }
      units.push(unitOf(glossary as Glossary, words.slice(at, at + found.length), found.line))
      at += found.length
    }
    words.length = 0
  }
  for (const piece of pieces) {
    if (piece.word !== undefined) {
      words.push(piece.word)
      continue
    }
    flushWords()
    const run = piece.run
    const found = glossary ? chineseWords(glossary, run) : null
    if (found === null) plain(runTerms(run))
    else
      for (const { line, text } of found)
        units.push(unitOf(glossary as Glossary, runTerms(text), line))
  }
  flushWords()
  return units
}

/** A Chinese run cut into glossary words, longest first from its start; null when some of it
 *  is no glossary word. */
function chineseWords(glossary: Glossary, run: string): { line: number; text: string }[] | null {
  const chars = Array.from(run)
  const found: { line: number; text: string }[] = []
  for (let at = 0; at < chars.length;) {
    const word = (glossary.chinese.get(chars[at] ?? '') ?? []).find((candidate) =>
      candidate.characters.every((char, offset) => char === chars[at + offset]),
    )
    if (word === undefined) return null
    found.push({ line: word.line, text: word.text })
    at += word.characters.length
  }
  return found
}
