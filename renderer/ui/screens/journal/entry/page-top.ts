/**
 * Scrolls whatever holds `element` back to its top (the app scrolls in #root, not the window),
 * as a newly opened page would be. An entry opened from far down the timeline kept the page's
 * scroll, so the app's header was cut off above it (new-user trial: by 18 px after Enter on a row).
 */
export function scrollPageToTop(element: Element | null): void {
  for (let box = element?.parentElement; box; box = box.parentElement) {
    if (box.scrollTop !== 0) box.scrollTop = 0
  }
  if (window.scrollY !== 0) window.scrollTo(0, 0)
}
