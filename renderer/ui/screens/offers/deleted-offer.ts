import type { DeletedOffer } from '../../../data/repositories/offers'

/**
 * The offer deleted last, kept in memory so that Undo can put it back after the offer's page
 * has gone (a delete returns to the list). One at a time: a later delete replaces it.
 */
let deleted: DeletedOffer | undefined
const listeners = new Set<() => void>()

function changed(): void {
  for (const listener of listeners) listener()
}

/** Remembers the offer just deleted, with what restoreOffer needs. */
export function noteDeletedOffer(offer: DeletedOffer): void {
  deleted = offer
  changed()
}

/** The offer Undo would put back, if any. */
export function lastDeletedOffer(): DeletedOffer | undefined {
  return deleted
}

/** Undo was used, or the offers screen was left: nothing more to put back. */
export function forgetDeletedOffer(): void {
  if (deleted === undefined) return
  deleted = undefined
  changed()
}

export function onDeletedOfferChange(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
