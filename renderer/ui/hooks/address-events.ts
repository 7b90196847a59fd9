/** Said after the address is rewritten with replaceState, which fires neither event below. */
export const ADDRESS_REPLACED = 'tidemark:address-replaced'

const EVENTS = ['popstate', 'hashchange', ADDRESS_REPLACED] as const

/**
 * Calls `onChange` whenever the address's hash may have changed; returns the unsubscribe.
 *
 * popstate as well as hashchange: on a link's move within the page (#/journal → #/journal/new)
 * Chromium fires popstate at once and hashchange a task later, 40-90 ms after the click in the
 * journal (measured, load ~5). A screen drawn at hashchange left focus on the link meanwhile, and
 * keys typed then were lost (review 25 L9). Both are listened to: a listener is called twice for
 * one move, and reads the address each time, so the second call finds nothing new.
 */
export function subscribeToAddress(
  onChange: () => void,
  options?: AddEventListenerOptions,
): () => void {
  for (const name of EVENTS) window.addEventListener(name, onChange, options)
  return () => {
    for (const name of EVENTS) window.removeEventListener(name, onChange, options)
  }
}

/** Rewrites the address in place (no history step) and says so to subscribeToAddress. */
export function replaceAddress(url: URL): void {
  window.history.replaceState(window.history.state, '', url)
  window.dispatchEvent(new Event(ADDRESS_REPLACED))
}
