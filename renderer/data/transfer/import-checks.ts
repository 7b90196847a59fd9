import { ImportRefused, QUOTED, quoted } from './import-problems'
import { jsonErrorLine } from './json-error-line'
import { decodeTextBytes } from './text-bytes'

/** Far above any real export (50,000 entries measure about 14 MB), well below harm; the same
 *  as the app's file and backup limit (preload/api.ts MAX_TEXT_FILE_BYTES). */
export const MAX_IMPORT_BYTES = 150 * 1024 * 1024
/** Export files nest six levels deep; overrides a few more. */
export const MAX_DEPTH = 24
/** The longest string any field allows (a journal body is 20,000 characters at most). */
export const MAX_STRING = 100_000
/** Keys that could reach an object's prototype if a later step copied them carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * The file's bytes as text (decodeTextBytes): UTF-8, or UTF-16 as an editor's "Unicode" saves
 * an export again, read as the user meant it rather than refused (review 29 I1: Electron called it
 * "not UTF-8", the browser named UTF-16). Anything that is not text in its encoding is
 * refused; a character cut at the very end is kept as U+FFFD, for the JSON check to say the
 * file was cut short. Measured in bytes first: UTF-16 is two bytes a character or more, so the
 * text is never longer than the limit.
 */
export function decodeImportBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportRefused({ code: 'too-large', bytes: bytes.byteLength, limit: MAX_IMPORT_BYTES })
  }
  const text = decodeTextBytes(bytes)
  if (text === null) throw new ImportRefused({ code: 'not-utf8' })
  return text
}

/** Parses the text as JSON, refusing what is too large or not JSON at all (a truncated file). */
export function parseImportJson(text: string): unknown {
  // Three bytes a UTF-16 unit at most: a cheap bound before the exact count is needed.
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ImportRefused({ code: 'too-large', bytes: text.length, limit: MAX_IMPORT_BYTES })
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    // A RangeError here is nesting past the engine's own stack: refuse it the same way.
    const message = error instanceof Error ? error.message : String(error)
    // The line is read here, where the text is: Settings hands the bytes to a worker and keeps
    // no text to read it from, and the parser's message is English in every interface.
    const line = jsonErrorLine(message, text)
    throw new ImportRefused({
      code: 'not-json',
      detail: quoted(message, QUOTED.message),
      ...(line === undefined ? {} : { line }),
    })
  }
}

/** A value still to be walked, with where it sits (its path is spelt only for a refusal). */
interface Pending {
  value: unknown
  parent: Pending | null
  key: string | number
  depth: number
}

/** The dotted path of a walked value, as the refusals name it: `data.journal[3].title`. */
function pathOf(node: Pending): string {
  const parts: (string | number)[] = []
  for (let at = node; at.parent; at = at.parent) parts.push(at.key)
  let path = ''
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index] ?? ''
    path = typeof part === 'number' ? `${path}[${String(part)}]` : path ? `${path}.${part}` : part
  }
  return path
}

/**
 * Walks the parsed value without recursion and refuses, before any schema sees it, what no
 * Tidemark file holds: nesting deeper than MAX_DEPTH, prototype keys anywhere, strings longer
 * than any field allows. The schema would refuse most of this too, but later steps (the
 * overrides' merge) walk nested values, and nothing hostile should get that far.
 * Values are visited in the same order as ever (last child first), so the first problem found
 * is the same; paths are spelt only for a refusal, and numbers, booleans and null, which
 * cannot be refused, are not queued (a 50,000-entry file has about a million values).
 */
export function checkStructure(root: unknown): void {
  const stack: Pending[] = [{ value: root, parent: null, key: '', depth: 0 }]
  const push = (value: unknown, parent: Pending, key: string | number) => {
    if (typeof value === 'string' || (typeof value === 'object' && value !== null)) {
      stack.push({ value, parent, key, depth: parent.depth + 1 })
    }
  }
  while (stack.length > 0) {
    const node = stack.pop() as Pending
    const { value, depth } = node
    if (typeof value === 'string') {
      if (value.length > MAX_STRING) {
        throw new ImportRefused({
          code: 'string-too-long',
          path: quoted(pathOf(node), QUOTED.path),
          limit: MAX_STRING,
        })
      }
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    if (depth >= MAX_DEPTH) {
      throw new ImportRefused({
        code: 'too-deep',
        path: quoted(pathOf(node), QUOTED.path),
        limit: MAX_DEPTH,
      })
    }
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) push(value[index], node, index)
      continue
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new ImportRefused({
          code: 'forbidden-key',
          path: quoted(pathOf(node), QUOTED.path),
          key,
        })
      }
      push((value as Record<string, unknown>)[key], node, key)
    }
  }
}
