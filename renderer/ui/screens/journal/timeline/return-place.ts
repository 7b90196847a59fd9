import { subscribeToAddress } from '../../../hooks/address-events'

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

/** The timeline an entry was opened from: its address (search and filters) and its place. */
export interface OpenedFrom {
  place: ReturnPlace
  /** The timeline's hash then ("#/journal?kind=interview&q=推理"). */
  address: string
}

let place: ReturnPlace | null = null
// The last entry opened from the list, kept for the session (not taken by the list, not dropped
// when the journal closes): the entry's "Back to the timeline" goes to this address when the
// page before the entry is no longer the list (it was left by a link and came back by another).
let opened: OpenedFrom | null = null
// The last change of address, old and new hash: whether an entry's page came straight from the
// list (its address the one the list had when the entry was opened).
let lastMove: { from: string; to: string } | null = null

// The hash the page shows, for the next move's "from": a move is seen at popstate, before its
// hashchange (whose oldURL came too late: the entry's page may be drawn in between).
let shownHash = typeof window === 'undefined' ? '' : window.location.hash

function onAddress(): void {
  const to = window.location.hash
  if (to === shownHash) return
  lastMove = { from: shownHash, to }
  shownHash = to
}

// Listened to from the timeline's first load, before any entry can be opened from it (the
// entry's page loads later, maybe on that very change of address). In the capture phase: at the
// window, capture listeners run first, so the move is known before the screens' own listeners
// draw the entry's page.
if (typeof window !== 'undefined') subscribeToAddress(onAddress, { capture: true })

/** Remembers the entry being opened from the list, where the list was scrolled, and the list's
 *  address (read as the entry is opened: the list's own, before the entry's replaces it). */
export function rememberOpened(entry: ReturnPlace, address = window.location.hash): void {
  place = entry
  opened = { place: entry, address }
}

/** Puts back the place a list takes once shown (Back, or Forward then Back, to that list). */
export function restoreReturnPlace(entry: ReturnPlace): void {
  place = entry
}

/** The place to return to, if any (not cleared: a list takes it once its rows are there). */
export function returnPlace(): ReturnPlace | null {
  return place
}

/** Done with the place: taken back by a list, or the journal closed. */
export function forgetReturnPlace(): void {
  place = null
}

/** The timeline `entryId` was last opened from, if it was the last entry opened from one. */
export function openedFrom(entryId: string): OpenedFrom | null {
  return opened?.place.id === entryId ? opened : null
}

/**
 * The timeline the entry's page now showing came straight from: the entry was the last opened
 * from the list, and the address has just moved from that list's to this one (opened, or Forward
 * from the list). Null when the entry came by any other way (a link from elsewhere).
 */
export function arrivedFromTimeline(entryId: string): OpenedFrom | null {
  const from = openedFrom(entryId)
  if (!from || !lastMove) return null
  return lastMove.from === from.address && lastMove.to === window.location.hash ? from : null
}
