/** Keys whose default action scrolls the page. */
const SCROLL_KEYS = new Set(['PageDown', 'PageUp', ' ', 'ArrowDown', 'ArrowUp', 'Home', 'End'])

/**
 * The app scrolls in #root, not the document: the banners keep a row of their own below it
 * (styles.css). Chromium scrolls the document for a key pressed while nothing has focus, so
 * PageDown or Space did nothing until a click or Tab put focus inside the app. When such a key
 * comes with focus on the body, focus moves to the scroller first (without scrolling, and with
 * no outline: it is not a control); the key's own default action then scrolls it, as the browser
 * would have scrolled the page. Returns the way to stop.
 */
export function scrollKeysReach(scroller: HTMLElement): () => void {
  if (!scroller.hasAttribute('tabindex')) scroller.tabIndex = -1
  function onKeyDown(event: KeyboardEvent) {
    if (event.defaultPrevented || !SCROLL_KEYS.has(event.key)) return
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (document.activeElement !== document.body) return
    scroller.focus({ preventScroll: true })
  }
  window.addEventListener('keydown', onKeyDown)
  return () => {
    window.removeEventListener('keydown', onKeyDown)
  }
}
