/**
 * What an import does with one incoming record, given the stored one with its id:
 * - `add`: none is stored; the file's is written;
 * - `update`: the file's is written over a stored one that differs (a merge: the file's is newer);
 * - `keep`: a merge keeps the stored one, which differs and is newer (or, for a day's score with
 *   no timestamp, the day already scored);
 * - `tie`: a merge keeps the stored one, saved at the same instant as the file's (the same
 *   `updatedAt`) but different: newest wins cannot choose, and what is stored stays;
 * - `unchanged`: the stored one is the same as the file's; nothing is written.
 */
export type MergeDecision = 'add' | 'update' | 'keep' | 'tie' | 'unchanged'

/** A record as an import compares it: its last change, where it has one. */
interface Stamped {
  updatedAt?: string | undefined
}

/**
 * A record's version, for telling whether two copies are the same: its `updatedAt` as an
 * instant (every save sets it, so the same stamp is the same save; ISO text with and without
 * milliseconds is the same instant), or, for a record without one (a day's score, settings
 * written before they had one), its content with keys in a fixed order.
 */
export function recordVersion(record: object): string {
  const stamp = (record as Stamped).updatedAt
  return typeof stamp === 'string' ? `@${Date.parse(stamp)}` : `=${canonicalJson(record)}`
}

/** A value as JSON with object keys in a fixed order and undefined fields left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
  }
  return value === undefined ? 'null' : JSON.stringify(value)
}

/**
 * Newest wins: an incoming record replaces the stored one only when it was changed later
 * (`updatedAt`, compared as instants: ISO text with and without milliseconds do not sort
 * alike). A tie keeps what is stored, so merging the same file twice changes nothing the
 * second time; it is `unchanged` only when the two have the same content, else `tie` (the
 * same stamp on two different records: edited on two devices in the same millisecond, or a
 * file edited by hand), which the result tells apart. A record without a timestamp counts as
 * the oldest; two without one are the same when their content is.
 */
export function mergeDecision<Row extends object>(
  stored: Row | undefined,
  incoming: Row,
): MergeDecision {
  if (stored === undefined) return 'add'
  const time = (stamp: string | undefined) => (stamp === undefined ? -Infinity : Date.parse(stamp))
  const storedAt = time((stored as Stamped).updatedAt)
  const incomingAt = time((incoming as Stamped).updatedAt)
  if (incomingAt > storedAt) return 'update'
  if (incomingAt < storedAt) return 'keep'
  if (recordVersion(stored) !== recordVersion(incoming)) return 'keep'
  if (!Number.isFinite(storedAt)) return 'unchanged'
  // The stamps are the same instant (however written): the rest must be the same too.
  const content = (record: Row) => canonicalJson({ ...record, updatedAt: undefined })
  return content(stored) === content(incoming) ? 'unchanged' : 'tie'
}

/**
 * Whether two copies of a record are the same, content and all: what a merge calls
 * `unchanged`. The same stamp alone is not (a 'tie' differs); the same stamp written with or
 * without milliseconds on the same content is.
 */
export function sameRecord(stored: object, incoming: object): boolean {
  // Both are read through the export schema, so the same record is most often the same text
  // (native, several times quicker than canonicalJson over a 50,000-entry replace).
  if (JSON.stringify(stored) === JSON.stringify(incoming)) return true
  return mergeDecision(stored, incoming) === 'unchanged'
}
