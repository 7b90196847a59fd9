import {
  arrivedFromTimeline,
  openedFrom,
  restoreReturnPlace,
  type OpenedFrom,
} from '../timeline/return-place'

/**
 * "Back to the timeline" lands on the timeline the entry was opened from, its search and filters,
 * focus on the entry's row. Going back in history does that only when the page before is that
 * timeline: an entry left by a link (the job search, an offer) and come back to by another had
 * that link's page before it, and Back landed there. So the history entry of an entry opened
 * straight from the list is marked as such (in its state, which Back, Forward and a reload keep);
 * any other way to the entry goes to the timeline's address instead, as a new step.
 */

const KEY = 'tidemarkTimeline'

function isOpenedFrom(value: unknown): value is OpenedFrom {
  if (typeof value !== 'object' || value === null) return false
  const { place, address } = value as Partial<Record<keyof OpenedFrom, unknown>>
  if (typeof address !== 'string' || typeof place !== 'object' || place === null) return false
  const { id, offset, index } = place as Partial<Record<string, unknown>>
  return typeof id === 'string' && typeof offset === 'number' && typeof index === 'number'
}

/** "#/journal" or "#/journal?…": the timeline, not one of the journal's other views. */
function isTimelineAddress(hash: string): boolean {
  return hash === '#/journal' || hash.startsWith('#/journal?')
}

/** The timeline the current history entry was opened from, as marked, if any. */
function markedOnHistory(): OpenedFrom | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null) return null
  const mark = (state as Record<string, unknown>)[KEY]
  return isOpenedFrom(mark) ? mark : null
}

/** As the entry's page opens: marks its history entry if it came straight from the timeline. */
export function markArrivalFromTimeline(entryId: string): void {
  const from = arrivedFromTimeline(entryId)
  if (!from || markedOnHistory()?.place.id === entryId) return
  const state: unknown = window.history.state
  const kept = typeof state === 'object' && state !== null ? state : {}
  window.history.replaceState({ ...kept, [KEY]: from }, '')
}

/**
 * Goes back to the timeline `entryId` was opened from: back in history when the page before is
 * that timeline, else to its address. False when the entry was not opened from the timeline (the
 * link's own #/journal then).
 */
export function returnToTimeline(entryId: string): boolean {
  const marked = markedOnHistory()
  if (marked?.place.id === entryId) {
    // The list may have taken its place already (Back to it, then Forward here).
    restoreReturnPlace(marked.place)
    window.history.back()
    return true
  }
  const from = openedFrom(entryId)
  if (!from || !isTimelineAddress(from.address)) return false
  restoreReturnPlace(from.place)
  window.location.hash = from.address
  return true
}
