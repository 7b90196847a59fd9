import { sameValues } from './kept-drafts'

/** One field a pasted line filled: what it held before, and what the line put there. */
export interface FilledField {
  path: string
  before: unknown
  after: unknown
}

/**
 * A pay line pasted in, and the fields the last line that could be read filled. The fields
 * belong to the line in the box: when it is replaced by one that cannot be read, what the
 * earlier line filled is put back (see `unfilled`), so no figure stays that the box no
 * longer says. An emptied box leaves the fields as they are (the user is done with it).
 */
export interface PastedLine {
  text: string
  filled: readonly FilledField[]
  /** What an earlier line filled was put back, and the line now in the box does not read. */
  putBack: boolean
}

export const NO_PASTED_LINE: PastedLine = { text: '', filled: [], putBack: false }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The fields a paste changes, `before` → `after` under `path`, each a part `depth` records
 * down (the base pay with its kind and figures is one: a figure typed in it since keeps the
 * whole), so a part the line did not change is not its to put back.
 */
export function filledFields(
  path: string,
  before: unknown,
  after: unknown,
  depth = 0,
): FilledField[] {
  if (sameValues(before, after)) return []
  if (depth > 0 && isRecord(before) && isRecord(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    return [...keys].flatMap((key) =>
      filledFields(`${path}.${key}`, before[key], after[key], depth - 1),
    )
  }
  return [{ path, before, after }]
}

/**
 * What puts back the fields a line filled: each field that still holds what the line put
 * there goes back to what it held before. A field typed in since is the user's, and stays.
 */
export function unfilled(
  filled: readonly FilledField[],
  valueAt: (path: string) => unknown,
): { path: string; value: unknown }[] {
  return filled
    .filter((field) => sameValues(valueAt(field.path), field.after))
    .map((field) => ({ path: field.path, value: field.before }))
}
