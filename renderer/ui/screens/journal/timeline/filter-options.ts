import type { OfferStatus, StoredOffer, StoredSkill } from '../../../../data/records'

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
