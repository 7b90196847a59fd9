import type { City } from '../ruleset/city-schema'

/** Country names that say nothing about the city ("beijing, China", "中国上海"). */
const COUNTRY =
  /people'?s\s+republic\s+of\s+china|p\.?\s*r\.?\s*china|mainland\s+china|china|prc|中华人民共和国|中華人民共和國|中国大陆|中國大陸|中国|中國/g
/** What separates the parts of an address: "Haidian, Beijing", "北京/朝阳". */
const PARTS = /[,，、;；/|()（）·]+/
/** A name's ending that users add or drop: 北京市, Beijing City, Beijing Shi. */
const CITY_SUFFIX = /(?:市|city|shi)$/

/** One part of the text as the aliases are written: lower case, no spaces, no 市 or "city". */
function aliasKey(part: string): string {
  return part.replace(/\s+/g, '').replace(CITY_SUFFIX, '')
}

/**
 * The ruleset city a user's text names, however it is written: "北京", "北京市", "Beijing",
 * "beijing, China", "BJ", "北京市海淀区". Null when it names none of them, or more than one.
 */
export function matchCity(text: string, cities: readonly City[]): City | null {
  const normalized = text.normalize('NFKC').toLowerCase().replace(COUNTRY, ' ').trim()
  if (!normalized) return null
  const found = new Set<City>()
  for (const part of normalized.split(PARTS)) {
    const key = aliasKey(part)
    if (!key) continue
    for (const city of cities) {
      const named = city.aliases.some(
        // Chinese names also open an address without separators: 北京市海淀区.
        (alias) => key === alias || (/^\p{Script=Han}{2,}$/u.test(alias) && key.startsWith(alias)),
      )
      if (named) found.add(city)
    }
  }
  const [only, ...more] = found
  return only && more.length === 0 ? only : null
}
