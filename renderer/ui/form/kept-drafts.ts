/**
 * A form's unsaved inputs, kept while the app runs when the user goes to another screen: a
 * draft, as an editor keeps an unsaved buffer, taken up again when the form opens once more
 * (the Rules screen, the offer form, the profile). Leaving threw typed inputs away without a
 * word (new-user trials); asking before leaving would stop every glance at another screen.
 * Kept in memory only: a reload or a restart forgets them, as nothing was saved. One shelf a
 * kind of form; on it, one draft a key (an offer's id) and database: the services' database is
 * the key's owner, so a test's database (or a fresh profile) starts with none.
 */
export interface KeptDrafts<T> {
  read(database: object, key: string): T | null
  /** Keeps the draft (null: saved, discarded or unchanged, nothing to keep). */
  keep(database: object, key: string, draft: T | null): void
}

export function keptDrafts<T>(): KeptDrafts<T> {
  const shelves = new WeakMap<object, Map<string, T>>()
  return {
    read: (database, key) => shelves.get(database)?.get(key) ?? null,
    keep: (database, key, draft) => {
      let shelf = shelves.get(database)
      if (draft === null) {
        shelf?.delete(key)
        return
      }
      if (!shelf) {
        shelf = new Map()
        shelves.set(database, shelf)
      }
      shelf.set(key, draft)
    },
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A value as a form means it: an empty input ('') is nothing, a key holding nothing is absent,
 * and a record left with nothing is nothing.
 */
function pruned(value: unknown): unknown {
  if (value === '') return undefined
  if (Array.isArray(value)) return value.map(pruned)
  if (!isRecord(value)) return value
  const entries = Object.entries(value)
    .map(([key, item]) => [key, pruned(item)] as const)
    .filter(([, item]) => item !== undefined)
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}

function sameShape(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameShape(item, b[index]))
  }
  if (!isRecord(a) || !isRecord(b)) return false
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  for (const key of keys) if (!sameShape(a[key], b[key])) return false
  return true
}

/**
 * Two form values alike: the same primitives, arrays and records, where an empty input, a key
 * holding undefined and a record holding nothing are all absent (react-hook-form adds
 * `{ months: undefined }` for an input that mounts on nothing, and reads an empty number
 * input as undefined where the form put '').
 */
export function sameValues(a: unknown, b: unknown): boolean {
  return sameShape(pruned(a), pruned(b))
}
