/** How long after a save the page that opens next still says "Saved.". */
const FRESH_MILLISECONDS = 3000

let last: { id: string; at: number } | undefined

/**
 * A new record (an offer, a journal entry), once saved, moves to its own address
 * (#/offers/<id>, #/journal/<id>), where a fresh page opens: this note, kept between the two,
 * lets that page say it was saved and take focus. Ids are unique across tables.
 */
export function markSaved(id: string, now = Date.now()): void {
  last = { id, at: now }
}

export function wasJustSaved(id: string, now = Date.now()): boolean {
  return last !== undefined && last.id === id && now - last.at < FRESH_MILLISECONDS
}

/** Opens another address of the app (#/offers, #/journal/<id>). */
export function goTo(hash: string): void {
  window.location.hash = hash
}
