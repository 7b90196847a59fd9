/**
 * Two tags are the same tag when they differ only in case or in full- and half-width forms
 * ("RAG", "rag", "ＲＡＧ"): NFKC folds the widths, then case is folded.
 */
export function tagKey(tag: string): string {
  return tag.normalize('NFKC').toLowerCase()
}

/**
 * The tags typed, as they should be added: each one that matches a tag the entry already has
 * is left out, and each that matches a tag already used is spelled as that one (the first in
 * `used`, when stored entries hold more than one spelling). Stored tags are never rewritten.
 */
export function spellTags(
  typed: readonly string[],
  added: readonly string[],
  used: readonly string[],
): string[] {
  const spelling = new Map<string, string>()
  for (const tag of used) if (!spelling.has(tagKey(tag))) spelling.set(tagKey(tag), tag)
  const taken = new Set(added.map(tagKey))
  const result: string[] = []
  for (const raw of typed) {
    const tag = raw.trim()
    const key = tagKey(tag)
    if (tag === '' || taken.has(key)) continue
    taken.add(key)
    result.push(spelling.get(key) ?? tag)
  }
  return result
}
