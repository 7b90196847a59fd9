/** How a file's text is encoded, as its first bytes say. */
type TextEncodingFound = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * UTF-16 by its byte-order mark (either order), or by a first character with a zero byte
 * beside it, which no UTF-8 JSON has; anything else is UTF-8. An export an editor saved again
 * as "Unicode" (Windows Notepad: UTF-16LE with a mark) is UTF-16.
 */
function encodingOf(bytes: Uint8Array): TextEncodingFound {
  if (bytes.byteLength < 2) return 'utf-8'
  const [first = 0, second = 0] = bytes
  if (first === 0xff && second === 0xfe) return 'utf-16le'
  if (first === 0xfe && second === 0xff) return 'utf-16be'
  if (first !== 0 && second === 0) return 'utf-16le'
  if (first === 0 && second !== 0) return 'utf-16be'
  return 'utf-8'
}

/** Big-endian UTF-16 as little-endian, each unit's two bytes swapped (an odd last byte kept at
 *  the end): a 'utf-16be' decoder needs ICU data a Node build may lack, 'utf-16le' does not. */
function swapped(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.byteLength)
  const even = bytes.byteLength - (bytes.byteLength % 2)
  for (let index = 0; index < even; index += 2) {
    out[index] = bytes[index + 1] ?? 0
    out[index + 1] = bytes[index] ?? 0
  }
  if (even < bytes.byteLength) out[even] = bytes[even] ?? 0
  return out
}

/**
 * A text file's bytes as text, for the open dialog: strict UTF-8, or strict UTF-16 (an export
 * saved again as "Unicode", which Electron called "not a UTF-8 text file" while the browser
 * named UTF-16: review 29 I1; now both read it), a byte-order mark dropped. Null when the bytes
 * are not text in their encoding (a bad UTF-8 byte, half a UTF-16 surrogate pair), with one
 * exception. A character left incomplete at the very end is a file cut short (most of a
 * Chinese export is 3-byte characters, so most cuts land inside one): it is kept as U+FFFD, so
 * that the import's JSON check says the file was cut short rather than "not a UTF-8 text file"
 * (review 28 P8). Main shares only the IPC contract with the renderer, so the rule is here as
 * in renderer/data/transfer/text-bytes.ts, which the browser's import uses; a test holds the
 * two to the same answers (tests/renderer/data/transfer/import-utf16.test.ts).
 */
export function decodeTextFile(bytes: Uint8Array): string | null {
  const encoding = encodingOf(bytes)
  const decoder = new TextDecoder(encoding === 'utf-8' ? 'utf-8' : 'utf-16le', { fatal: true })
  let text: string
  try {
    // Streaming holds back an incomplete last character instead of throwing on it.
    text = decoder.decode(encoding === 'utf-16be' ? swapped(bytes) : bytes, { stream: true })
  } catch {
    return null
  }
  try {
    decoder.decode()
  } catch {
    return `${text}\uFFFD`
  }
  return text
}
