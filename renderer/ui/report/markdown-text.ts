/**
 * Plain text made safe to put into Markdown (CommonMark and GitHub's tables), so a skill named
 * "# CUDA | C++" or an offer with a line break reads as written and never turns into a heading,
 * a table column, a link or HTML.
 */

/** Characters that mean something inline: escaped wherever they are. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g
/** An entity reference ("&amp;", "&#35;") would be decoded: escape its ampersand. */
const ENTITY = /&(?=#?\w+;)/g
/** What opens a block when it starts a line: a heading, quote, list item or rule. */
const BLOCK_START = /^(\s*)(#|>|[-+*](?=\s|$)|=+\s*$|-+\s*$|\d+(?=[.)](?:\s|$)))/

/** Text as one line of Markdown: inline marks escaped, line breaks made spaces. */
export function markdownText(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ')
  const escaped = oneLine.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY, '\\&')
  return escaped.replace(BLOCK_START, (_match, space: string, mark: string) =>
    /^\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
  )
}

/** Text for a table cell: as markdownText (whose | is escaped), and never empty. */
export function markdownCell(text: string): string {
  const escaped = markdownText(text).trim()
  return escaped === '' ? ' ' : escaped
}

/** A GitHub table; numeric columns right-aligned. */
export function markdownTable(
  columns: readonly { label: string; numeric: boolean }[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`
  const rule = `| ${columns.map((column) => (column.numeric ? '---:' : '---')).join(' | ')} |`
  return [line(columns.map((column) => column.label)), rule, ...rows.map(line)].join('\n')
}
