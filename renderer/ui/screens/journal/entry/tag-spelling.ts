/** Folds Chinese to one script (opencc in a worker, or a cache of its answers: use-fold.ts). */
export type TagFold = (text: string) => string

const HAN = /\p{Script=Han}/u

/**
 * Two tags are the same tag when they differ only in case or in full- and half-width forms
 * ("RAG", "rag", "ＲＡＧ"): NFKC folds the widths, then case is folded. Given a fold, also when
 * they differ only in script: 面试 and 面試 (trial 22 #5), as the journal's search folds them.
 */
export function tagKey(tag: string, fold?: TagFold): string {
  const key = tag.normalize('NFKC').toLowerCase()
  return fold && HAN.test(key) ? fold(key) : key
}

/**
 * The tags typed, as they should be added: each one that matches a tag the entry already has
 * is left out, and each that matches a tag already used is spelled as that one (the first in
 * `used`, when stored entries hold more than one spelling). Stored tags are never rewritten.
 * With a fold, a tag in the other script matches too (面試 is added as the 面试 in use), but a
 * spelling already in use is kept as typed: it splits nothing.
 */
export function spellTags(
  typed: readonly string[],
  added: readonly string[],
  used: readonly string[],
  fold?: TagFold,
): string[] {
  const spelling = new Map<string, string>()
  const folded = new Map<string, string>()
  for (const tag of used) {
    if (!spelling.has(tagKey(tag))) spelling.set(tagKey(tag), tag)
    if (!folded.has(tagKey(tag, fold))) folded.set(tagKey(tag, fold), tag)
  }
  const taken = new Set(added.map((tag) => tagKey(tag, fold)))
  const result: string[] = []
  for (const raw of typed) {
    const tag = raw.trim()
    const key = tagKey(tag, fold)
    if (tag === '' || taken.has(key)) continue
    taken.add(key)
    result.push(spelling.get(tagKey(tag)) ?? folded.get(key) ?? tag)
  }
  return result
}

/**
 * The entry's tags as they are written, with the fold's own answers and the tags in use at
 * write time: each tag not in use as spelled takes the spelling of the one in use it matches
 * (面試 is written as the 面试 in use), and one tag is kept once. The save waits for this: the
 * tags input spells a tag as it is added with the fold it has, which takes a text as written
 * until the worker answers, so 面試 pasted before then was stored beside 面试 (review 33 M4). A
 * tag spelled as one in use is kept as it is: it splits nothing, and stored tags are not
 * rewritten.
 */
export async function tagsAsWritten(
  tags: readonly string[],
  used: readonly string[],
  foldNames: (texts: readonly string[]) => Promise<string[]>,
): Promise<string[]> {
  const texts = [
    ...new Set([...tags, ...used].map((tag) => tagKey(tag)).filter((text) => HAN.test(text))),
  ]
  // A fold that fails takes the tags as written (case and width still match), and saves.
  const answers = texts.length > 0 ? await foldNames(texts).catch(() => texts) : []
  const folded = new Map(texts.map((text, index) => [text, answers[index] ?? text]))
  const fold: TagFold = (text) => folded.get(text) ?? text
  const inUse = new Set(used)
  const taken = new Set<string>()
  const result: string[] = []
  for (const tag of tags) {
    const key = tagKey(tag, fold)
    if (taken.has(key)) continue
    taken.add(key)
    result.push(inUse.has(tag) ? tag : (spellTags([tag], [], used, fold)[0] ?? tag))
  }
  return result
}
