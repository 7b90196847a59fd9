/**
 * Alt+J (⌥J on a Mac) opens the quick entry from any screen, even from a text field. The key
 * is read by its place on the keyboard too: on a Mac, ⌥J types "∆".
 */
export function isQuickEntryShortcut(event: KeyboardEvent): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.isComposing) {
    return false
  }
  return event.code === 'KeyJ' || event.key.toLowerCase() === 'j'
}
