import { describe, expect, it } from 'vitest'
import { decodeTextFile } from '../../../../main/ipc/decode-text'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import { checkImportFile } from '../../../../renderer/data/transfer/import-check-off-thread'
import {
  decodeImportBytes,
  MAX_IMPORT_BYTES,
} from '../../../../renderer/data/transfer/import-checks'
import {
  ImportRefused,
  type ImportProblem,
} from '../../../../renderer/data/transfer/import-problems'
import { decodeTextBytes } from '../../../../renderer/data/transfer/text-bytes'
import { draftEntries } from '../../../../renderer/data/search/import-draft'
import { OVERRIDES_FILE_FORMAT } from '../../../../renderer/data/transfer/overrides-file'
import { looksLikeRulesFile } from '../../../../renderer/ui/screens/settings/rules-file-hint'
import { generateExport } from '../../../helpers/export-generator'

/**
 * Review 29 I1: an export saved again as UTF-16 (Windows Notepad's "Unicode": little-endian
 * with a byte-order mark) was refused in Electron as "not UTF-8 text" (main's decodeTextFile
 * found 0xFF) and in the browser as "saved as UTF-16, save it as UTF-8" (decodeImportBytes). Both
 * now read it, by one rule: main's copy and the renderer's are held to the same answers here.
 */

function utf16le(text: string, mark = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  return new Uint8Array(mark ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body)
}
function utf16be(text: string, mark = true): Uint8Array {
  const le = utf16le(text, false)
  const be = new Uint8Array(le.byteLength)
  for (let index = 0; index < le.byteLength; index += 2) {
    be[index] = le[index + 1] ?? 0
    be[index + 1] = le[index] ?? 0
  }
  return mark ? new Uint8Array([0xfe, 0xff, ...be]) : be
}

/** The problem the browser's import refuses `bytes` with, or null when it takes them. */
function refusal(bytes: Uint8Array): ImportProblem | null {
  try {
    checkImportFile(bytes.slice().buffer)
  } catch (error) {
    if (error instanceof ImportRefused) return error.problem
    throw error
  }
  return null
}

const { text } = generateExport(8, 5)
const sample = '{"title":"面试复盘 😀 vLLM"}'

describe('an export saved as UTF-16', () => {
  it('is read, with or without its mark, in either byte order, as its UTF-8 self', () => {
    const expected = checkImportText(text)
    for (const bytes of [
      utf16le(text),
      utf16be(text),
      utf16le(text, false),
      utf16be(text, false),
    ]) {
      expect(checkImportFile(bytes.slice().buffer)).toEqual(expected)
      // Electron: main decodes, the renderer checks the text it is sent.
      const fromMain = decodeTextFile(bytes)
      expect(fromMain).toBe(text)
      expect(checkImportText(fromMain ?? '')).toEqual(expected)
    }
  })

  it('is read by main and by the browser alike, byte for byte', () => {
    const cases: Record<string, Uint8Array> = {
      le: utf16le(sample),
      be: utf16be(sample),
      leNoMark: utf16le(sample, false),
      beNoMark: utf16be(sample, false),
      markOnly: new Uint8Array([0xff, 0xfe]),
      // Cut short: after an odd byte, inside a surrogate pair (the emoji), in either order.
      leOddByte: utf16le(sample).slice(0, -1),
      beOddByte: utf16be(sample).slice(0, -1),
      leInsidePair: utf16le('{"a":"😀').slice(0, -2),
      beInsidePair: utf16be('{"a":"😀').slice(0, -2),
      // Half a pair with more after it: not text.
      loneHigh: new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x00, 0xd8, 0x7d, 0x00]),
      loneLow: new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0xdc, 0x00, 0x00, 0x7d]),
      utf8: new TextEncoder().encode(sample),
      utf8Mark: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]),
      notText: new Uint8Array([0x7b, 0x80, 0x7d]),
    }
    const answers = Object.fromEntries(
      Object.entries(cases).map(([name, bytes]) => [name, decodeTextBytes(bytes)]),
    )
    for (const [name, bytes] of Object.entries(cases)) {
      expect({ name, text: decodeTextFile(bytes) }).toEqual({ name, text: answers[name] })
    }
    expect(answers).toMatchObject({
      le: sample,
      be: sample,
      leNoMark: sample,
      beNoMark: sample,
      markOnly: '',
      leOddByte: `${sample.slice(0, -1)}\uFFFD`,
      beOddByte: `${sample.slice(0, -1)}\uFFFD`,
      leInsidePair: '{"a":"\uFFFD',
      beInsidePair: '{"a":"\uFFFD',
      loneHigh: null,
      loneLow: null,
      utf8: sample,
      utf8Mark: sample,
      notText: null,
    })
  })

  it('is still checked whole before anything is written: cut, broken, hostile, too large', () => {
    // Cut short: said as cut short (not JSON, with its line), as a UTF-8 file cut is.
    expect(refusal(utf16le(text).slice(0, 4001))).toMatchObject({ code: 'not-json' })
    // Half a surrogate pair inside: not text, refused.
    const broken = utf16le(text)
    broken.set([0x00, 0xdc], 200)
    expect(refusal(broken)).toEqual({ code: 'not-utf8' })
    // A prototype key in UTF-16 is refused as in UTF-8.
    const hostile = text.replace('"data": {', '"data": {"__proto__": {"polluted": true},')
    expect(hostile).not.toBe(text)
    expect(refusal(utf16be(hostile))).toMatchObject({ code: 'forbidden-key' })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    // Over the limit in bytes, whatever the encoding, before a byte is decoded.
    const huge = { byteLength: MAX_IMPORT_BYTES + 1 } as Uint8Array
    let tooLarge: unknown
    try {
      decodeImportBytes(huge)
    } catch (error) {
      tooLarge = error
    }
    expect(tooLarge).toBeInstanceOf(ImportRefused)
    expect((tooLarge as ImportRefused).problem).toMatchObject({ code: 'too-large' })
  })

  it('is drafted for the search, and named a rules file when it is one, as in UTF-8', () => {
    const drafted = draftEntries(text)
    expect(drafted?.length).toBe(8)
    expect(draftEntries(utf16le(text).slice().buffer)).toEqual(drafted)
    const rules = `{"format": "${OVERRIDES_FILE_FORMAT}", "version": 1}`
    expect(looksLikeRulesFile(utf16be(rules).slice().buffer)).toBe(true)
    expect(looksLikeRulesFile(utf16be(text).slice().buffer)).toBe(false)
  })
})
