/** How long after a save the editor that opens next still says "Saved.". */
const FRESH_MILLISECONDS = 3000

let last: { id: string; at: number } | undefined

/**
 * A new offer, once saved, moves to its own address (#/offers/<id>), where a fresh editor
 * opens: this note, kept between the two, lets that editor say it was saved and take focus.
 */
export function markSaved(id: string, now = Date.now()): void {
  last = { id, at: now }
}

export function wasJustSaved(id: string, now = Date.now()): boolean {
  return last !== undefined && last.id === id && now - last.at < FRESH_MILLISECONDS
}

/** Opens another address of the app (#/offers, #/offers/<id>). */
export function goTo(hash: string): void {
  window.location.hash = hash
}
