/** The quick entry: a global shortcut opens a journal entry's form over any screen. */
export function QuickEntry() {
  return null
}
