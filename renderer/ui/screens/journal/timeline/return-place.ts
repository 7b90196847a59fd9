/**
 * Where the user was in the timeline when they opened an entry: the list unmounts while the
 * entry's page shows, so Back would otherwise find it at the top with focus on the page's body.
 * Kept in memory only (one place, the last opened) until a visible list takes it back, or the
 * journal screen closes.
 */
export interface ReturnPlace {
  /** The entry opened: focus goes back to its row. */
  id: string
  /** The list's scroll offset then (px), restored while the entry's row stays in view. */
  offset: number
  /** The entry's row then: if it was deleted meanwhile, the row now there (the next entry, or
   *  the previous where it was the last) becomes the list's active one. */
  index: number
}

let place: ReturnPlace | null = null

/** Remembers the entry being opened from the list, and where the list was scrolled. */
export function rememberOpened(opened: ReturnPlace): void {
  place = opened
}

/** The place to return to, if any (not cleared: a list takes it once its rows are there). */
export function returnPlace(): ReturnPlace | null {
  return place
}

/** Done with the place: taken back by a list, or the journal closed. */
export function forgetReturnPlace(): void {
  place = null
}
