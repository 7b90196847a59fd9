import type { OfferStatus, StoredOffer, StoredSkill } from '../../../../data/records'
import { tagKey, type TagFold } from '../entry/tag-spelling'

const HAN = /^\p{Script=Han}/u

/**
 * Names in the order a reader of `language` looks them up: Chinese ones by pinyin (the zh-CN
 * collation; any other orders Han by radical and stroke, no order a reader knows), Latin ones
 * alphabetically with digits as numbers ("Go 2" before "Go 10") and case aside. The Chinese
 * interface lists the Chinese names first, as ICU's zh-CN order does; the English one after.
 */
export function nameCompare(language: string): (a: string, b: string) => number {
  const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' })
  const hanFirst = language.startsWith('zh')
  return (a, b) => {
    const hanA = HAN.test(a)
    if (hanA !== HAN.test(b)) return hanA === hanFirst ? -1 : 1
    return collator.compare(a, b)
  }
}

/** The skills by name: the filter listed them in the order they were added (trial 18 L7). */
export function skillsByName(skills: readonly StoredSkill[], language: string): StoredSkill[] {
  const compare = nameCompare(language)
  return [...skills].sort((a, b) => compare(a.name, b.name))
}

/** Decided, as the Offers screen folds them: accepted, declined or expired. */
function isClosed(status: OfferStatus): boolean {
  return status === 'accepted' || status === 'declined' || status === 'expired'
}

/**
 * The offers by company then role, those under way apart from the closed ones (trial 18 L7: one
 * list in the order they were added, closed mixed with live).
 */
export function offersByName(
  offers: readonly StoredOffer[],
  language: string,
): { live: StoredOffer[]; closed: StoredOffer[] } {
  const compare = nameCompare(language)
  const sorted = [...offers].sort(
    (a, b) => compare(a.company, b.company) || compare(a.role, b.role),
  )
  return {
    live: sorted.filter((offer) => !isClosed(offer.status)),
    closed: sorted.filter((offer) => isClosed(offer.status)),
  }
}

/** One tag in the tag filter: the spellings in use of one tag, the first its value. */
export interface TagChoice {
  value: string
  spellings: string[]
}

/**
 * The tags in use as the filter offers them, by name: spellings of one tag (tagKey: case,
 * width and, given a fold, script) are one choice, so 面试 finds the entries tagged 面試 too
 * (trial 22 #5). Its value is its Simplified spelling where one is in use, else the first in
 * `tags`; its label names them all.
 */
export function tagChoices(tags: readonly string[], language: string, fold?: TagFold): TagChoice[] {
  const byKey = new Map<string, TagChoice>()
  for (const tag of tags) {
    const key = tagKey(tag, fold)
    const choice = byKey.get(key)
    if (choice) choice.spellings.push(tag)
    else byKey.set(key, { value: tag, spellings: [tag] })
  }
  // Simplified first where it is in use, as the Chinese interface writes: 面试 / 面試.
  for (const [key, choice] of byKey) {
    const simplified = choice.spellings.filter((tag) => tagKey(tag) === key)
    choice.spellings = [...simplified, ...choice.spellings.filter((tag) => tagKey(tag) !== key)]
    choice.value = choice.spellings[0] ?? choice.value
  }
  const compare = nameCompare(language)
  return [...byKey.values()].sort((a, b) => compare(a.value, b.value))
}

/** The spellings in use of `tag` (none when no entry has it in any spelling). */
export function tagSpellings(tags: readonly string[], tag: string, fold?: TagFold): string[] {
  const key = tagKey(tag, fold)
  return tags.filter((each) => tagKey(each, fold) === key)
}
