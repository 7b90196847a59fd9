import { matchCity } from '../../domain/cities/match-city'
import type { City } from '../../domain/ruleset/city-schema'

/** A profile as far as its city goes: absent (no profile) or its `city` text. */
type CityHolder = { city?: string | undefined } | null | undefined

/** The city a profile names, as written; null where there is no profile or its city is blank. */
export function namedCity(profile: CityHolder): string | null {
  const city = profile?.city?.trim() ?? ''
  return city === '' ? null : city
}

/**
 * Which city a text names, for telling whether two texts name the same one: the ruleset's city
 * however it is written ("北京", "北京市", "Beijing"), else the text without case, spaces or a
 * trailing 市/"city" (two cities the ruleset does not know are the same only when so written).
 */
function cityKey(text: string, cities: readonly City[]): string {
  const known = matchCity(text, cities)
  if (known) return `ruleset:${known.id}`
  return `text:${text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/(?:市|city)$/, '')}`
}

/** Whether two profiles' cities are the same city (both must name one). */
export function sameCity(a: string, b: string, cities: readonly City[]): boolean {
  return cityKey(a, cities) === cityKey(b, cities)
}

/**
 * Where a merge takes the social-insurance figures from when they stand for each job's own
 * city (cityPreset "auto" on both copies): figures set under one city's rules do not belong to
 * another's. Null: the two profiles do not disagree (the same city, or one names none), and the
 * figures combine one by one as any field does. Else the copy whose profile's city stands in
 * the merged profile gives its figures whole ('stored', or 'file' when the file's newer
 * profile brought its city), and the cities, to say so.
 */
export interface SocialInsuranceCities {
  kept: 'stored' | 'file'
  storedCity: string
  fileCity: string
}

export function socialInsuranceCities(
  profiles: { stored: CityHolder; file: CityHolder; merged: CityHolder },
  cities: readonly City[],
): SocialInsuranceCities | null {
  const storedCity = namedCity(profiles.stored)
  const fileCity = namedCity(profiles.file)
  if (storedCity === null || fileCity === null || sameCity(storedCity, fileCity, cities)) {
    return null
  }
  const mergedCity = namedCity(profiles.merged)
  const fileStands = mergedCity !== null && sameCity(mergedCity, fileCity, cities)
  return { kept: fileStands ? 'file' : 'stored', storedCity, fileCity }
}
