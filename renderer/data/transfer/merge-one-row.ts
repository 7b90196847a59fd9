import type { z } from 'zod'
import { canonicalJson, mergeDecision, type MergeDecision } from './merge'

/**
 * How a merge combines the two copies of a one-row record (the profile, the engine settings)
 * rather than keeping one whole: a new device's quick profile with no pay must not drop the
 * pay the file has, nor one tax figure set here drop the file's exchange rates.
 */
export interface OneRowRule {
  /** Maps keyed by something (exchange rates by currency): merged key by key. */
  keyed: readonly string[]
  /**
   * Objects whose own fields combine one by one, each with the test that says the two copies'
   * objects mean the same frame (social insurance figures stand in for one city's preset: with
   * different presets the newer object is taken whole).
   */
  nested: Readonly<Record<string, (newer: Fields, older: Fields) => boolean>>
}

type Fields = Readonly<Record<string, unknown>>

/** What combining did: nothing (the newer copy had every field), or the record and its fills. */
export interface CombinedRow<Row> {
  record: Row
  /** The fields the newer copy left empty, taken from the older one (`socialInsurance.x`). */
  filled: string[]
  /** The keys of keyed maps only the older copy had (exchange rates: currencies), by map. */
  keysAdded: Record<string, string[]>
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Absent, undefined or null: a field the copy does not set. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null
}

/**
 * The newer copy, with each field it leaves empty taken from the older copy and each keyed map
 * holding the keys of both (a key both have: the newer's value). Where both have a value the
 * newer's stands, whatever it is. Returns null when the older copy adds nothing.
 */
export function combineFields(
  newer: Fields,
  older: Fields,
  rule: OneRowRule,
): {
  record: Record<string, unknown>
  filled: string[]
  keysAdded: Record<string, string[]>
} | null {
  const record: Record<string, unknown> = { ...newer }
  const filled: string[] = []
  const keysAdded: Record<string, string[]> = {}
  const fill = (target: Record<string, unknown>, source: Fields, prefix: string) => {
    for (const [key, value] of Object.entries(source)) {
      if (isEmpty(value) || !isEmpty(target[key])) continue
      target[key] = value
      filled.push(`${prefix}${key}`)
    }
  }
  for (const [key, value] of Object.entries(older)) {
    const mine = newer[key]
    if (rule.keyed.includes(key) && isFields(value) && (isFields(mine) || isEmpty(mine))) {
      const ours: Fields = isFields(mine) ? mine : {}
      const added = Object.keys(value).filter(
        (name) => isEmpty(ours[name]) && !isEmpty(value[name]),
      )
      if (added.length === 0) continue
      const map: Record<string, unknown> = { ...ours }
      for (const name of added) map[name] = value[name]
      record[key] = map
      keysAdded[key] = added
      continue
    }
    const sameFrame = rule.nested[key]
    if (sameFrame && isFields(value) && isFields(mine)) {
      if (!sameFrame(mine, value)) continue
      const inner: Record<string, unknown> = { ...mine }
      const before = filled.length
      fill(inner, value, `${key}.`)
      if (filled.length > before) record[key] = inner
      continue
    }
    if (!isEmpty(value) && isEmpty(mine)) {
      record[key] = value
      filled.push(key)
    }
  }
  return filled.length === 0 && Object.keys(keysAdded).length === 0
    ? null
    : { record, filled, keysAdded }
}

/** One millisecond after the later of two stamps: the combined record is a save of its own. */
export function combinedStamp(a: string | undefined, b: string | undefined): string {
  const times = [a, b].map((stamp) => (stamp === undefined ? NaN : Date.parse(stamp)))
  const later = Math.max(...times.filter((time) => !Number.isNaN(time)))
  return new Date((Number.isFinite(later) ? later : 0) + 1).toISOString()
}

/**
 * The newer and the older copy combined (combineFields), stamped after both, and checked by
 * the table's schema: a combination that is not a valid record (say, the older copy's social
 * insurance floor above the newer's cap) gives null, and the newer copy stands whole.
 */
export function combineOneRow<Row extends { updatedAt?: string | undefined }>(
  newer: Row,
  older: Row,
  rule: OneRowRule,
  schema: z.ZodType<Row>,
): CombinedRow<Row> | null {
  const combined = combineFields(newer, older, rule)
  if (combined === null) return null
  const checked = schema.safeParse({
    ...combined.record,
    updatedAt: combinedStamp(newer.updatedAt, older.updatedAt),
  })
  if (!checked.success) return null
  return { record: checked.data, filled: combined.filled, keysAdded: combined.keysAdded }
}

/**
 * Fields a merge takes whole from one copy, whichever is newer, by the copy: the caller knows
 * better than the records' stamps where they belong (social-insurance figures go with the
 * profile's city that stands). A path `group.key` takes one key of an object field (an engine
 * figure cleared later than the other copy's was set: engine-figures.ts); `{ value }` sets a
 * field to a value both copies then hold (the two copies' stamps, merged).
 */
export type Pins = Readonly<Record<string, 'stored' | 'file' | { value: unknown }>>

/** A copy with the pinned fields and keys set as the pins say (absent where the source has none). */
function withPins<Row>(copy: Row, stored: Row, file: Row, pins: Pins): Row {
  const record: Record<string, unknown> = { ...(copy as Record<string, unknown>) }
  for (const [path, pin] of Object.entries(pins)) {
    const dot = path.indexOf('.')
    const field = dot < 0 ? path : path.slice(0, dot)
    const source = (pin === 'file' ? file : stored) as Record<string, unknown>
    if (dot < 0) {
      record[field] = typeof pin === 'object' ? pin.value : source[field]
      continue
    }
    const key = path.slice(dot + 1)
    const from =
      typeof pin === 'object' ? pin.value : isFields(source[field]) ? source[field][key] : undefined
    const mine = record[field]
    // A key in a field the copy does not have: left absent rather than made an empty object.
    if (!isFields(mine) && from === undefined) continue
    const others = Object.entries(isFields(mine) ? mine : {}).filter(([name]) => name !== key)
    record[field] = Object.fromEntries(from === undefined ? others : [...others, [key, from]])
  }
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  ) as Row
}

/** What a merge does with the two copies of a one-row record. */
export interface OneRowMerge<Row> {
  /** How the file's copy counts: a combined or pinned record is a change ('update'). */
  decision: MergeDecision
  /** The row to write; null: the stored one stays as it is. */
  write: Row | null
  /** Whose copy is the newer: the file's ('update' by the stamps) or the stored one. */
  fileIsNewer: boolean
  /** The fields and keys one copy filled in the other (combineFields); none when not combined. */
  filled: string[]
  keysAdded: Record<string, string[]>
}

/**
 * Merges a stored one-row record with the file's: the pinned fields from the copy named, then
 * the newer copy with what it leaves empty taken from the older (combineOneRow). A record that
 * differs from the newer copy is a save of its own, stamped after both; one that is not valid
 * leaves the newer copy whole.
 */
export function mergeOneRow<Row extends { updatedAt?: string | undefined }>(
  stored: Row,
  file: Row,
  rule: OneRowRule,
  schema: z.ZodType<Row>,
  pins: Pins = {},
): OneRowMerge<Row> {
  const decision = mergeDecision(stored, file)
  const fileIsNewer = decision === 'update'
  const none = { filled: [], keysAdded: {} }
  if (decision === 'unchanged') return { decision, write: null, fileIsNewer, ...none }
  const pinned = (copy: Row): Row => withPins(copy, stored, file, pins)
  const newer = fileIsNewer ? file : stored
  const newerPinned = pinned(newer)
  const combined = combineOneRow(newerPinned, pinned(fileIsNewer ? stored : file), rule, schema)
  if (combined) {
    const { record, filled, keysAdded } = combined
    return { decision: 'update', write: record, fileIsNewer, filled, keysAdded }
  }
  if (canonicalJson(newerPinned) !== canonicalJson(newer)) {
    const checked = schema.safeParse({
      ...newerPinned,
      updatedAt: combinedStamp(stored.updatedAt, file.updatedAt),
    })
    if (checked.success) return { decision: 'update', write: checked.data, fileIsNewer, ...none }
  }
  return { decision, write: fileIsNewer ? file : null, fileIsNewer, ...none }
}

/**
 * The one-row tables a merge combines field by field, and how. The app's settings are not here
 * (language and theme always have a value: nothing to fill), nor the ruleset overrides (rule
 * changes are checked against the ruleset as a whole, and one the user reset here would come
 * back from the file): the newer of those is kept whole, as before.
 */
export const ONE_ROW_RULES = {
  // currentPay is one field: a pay is never made of two copies' parts.
  profile: { keyed: [], nested: {} },
  engineSettings: {
    keyed: ['exchangeRates'],
    nested: {
      socialInsurance: (newer, older) => newer['cityPreset'] === older['cityPreset'],
      specialDeductions: () => true,
    },
  },
} as const satisfies Record<string, OneRowRule>
