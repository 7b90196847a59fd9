// Kept apart from date-input.ts, whose resolver imports react-hook-form: the journal's date range
// filter needs only this check, and importing it from there loaded react-hook-form (40 kB of
// the forms' code) on the journal's first page.

/**
 * Whether `element` is a date input, on the page, holding an incomplete or impossible date. A
 * detached one (a goal's counting start after the goal's kind changed) is not shown, so it
 * cannot hold up a save.
 */
export function isDateNotComplete(element: unknown): boolean {
  return (
    element instanceof HTMLInputElement &&
    element.type === 'date' &&
    element.isConnected &&
    element.validity.badInput
  )
}
