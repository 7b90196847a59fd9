/**
 * The line of a JSON parser's complaint, for a person: V8 says "… at position 146 (line 7
 * column 3)" or "… at position 146", or "Unexpected end of JSON input" for a file cut short
 * (its last line). Undefined when the message says no place.
 */
export function jsonErrorLine(detail: string, text: string | undefined): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(detail)
  // Without the text, the parser's line is all there is. With it, the position is read instead:
  // for a file cut short Chromium names the empty line after the last one written (review).
  if (text === undefined) return line ? Number(line[1]) : undefined
  const position = /at position (\d+)/.exec(detail)
  // A file cut short breaks at its end: its last written line, not the empty one after it.
  const end = trimmedLength(text)
  const offset = position
    ? Math.min(Number(position[1]), end)
    : /end of JSON input/i.test(detail)
      ? end
      : -1
  if (offset < 0) return line ? Number(line[1]) : undefined
  return lineAt(text, offset)
}

/** The text's length without its trailing white space (as trimEnd, without copying a file of
 *  up to 150 MB). */
function trimmedLength(text: string): number {
  let end = text.length
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--
  return end
}

/** The 1-based line of `offset`: one more than the line breaks before it (counted in place). */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++
  }
  return line
}
