/**
 * Offers in the order the user entered them, the order the comparison, the report and the rules
 * preview list them by default: stored offers come back by id, which reads as a random order
 * (new-user trial 16). `enteredAt` gives an item's `createdAt` (an ISO time, so it sorts as
 * text); an item without one (an unsaved draft) comes last. Items entered at the same moment
 * keep their given order.
 */
export function inEnteredOrder<T>(
  items: readonly T[],
  enteredAt: (item: T) => string | undefined,
): T[] {
  return items
    .map((item, index) => ({ item, index, at: enteredAt(item) }))
    .sort((a, b) => {
      if (a.at === b.at) return a.index - b.index
      if (a.at === undefined) return 1
      if (b.at === undefined) return -1
      return a.at < b.at ? -1 : 1
    })
    .map((entry) => entry.item)
}
