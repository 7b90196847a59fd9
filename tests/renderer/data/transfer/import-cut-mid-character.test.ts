import { describe, expect, it } from 'vitest'
import { checkImportFile } from '../../../../renderer/data/transfer/import-check-off-thread'
import { decodeImportBytes } from '../../../../renderer/data/transfer/import-checks'
import {
  ImportRefused,
  type ImportProblem,
} from '../../../../renderer/data/transfer/import-problems'
import { generateExport } from '../../../helpers/export-generator'

/**
 * Trial 21 #2: an export cut short inside a Chinese character (`head -c 4000 export.json`: most
 * of a Chinese file is 3-byte characters) was refused as "not UTF-8 text, so it is not a
 * Tidemark export", where the same file cut on an ASCII byte is "not valid JSON … perhaps it
 * was cut short". Checked as Settings checks it: the file's bytes through checkImportFile.
 */

/** The problem checkImportFile refuses `bytes` with, or null when it takes them. */
function refusal(bytes: Uint8Array): ImportProblem | null {
  try {
    checkImportFile(bytes.slice().buffer)
  } catch (error) {
    if (error instanceof ImportRefused) return error.problem
    throw error
  }
  return null
}

const { text } = generateExport(12, 3)
const bytes = new TextEncoder().encode(text)
/** The file's first Chinese character (3 bytes in UTF-8), and where its bytes start. */
const chinese = /[\u4e00-\u9fff]/.exec(text)
const character = new TextEncoder().encode(text.slice(0, chinese?.index)).byteLength

describe('an export cut short inside a character', () => {
  it('is refused as cut short (not JSON, with its line), not as "not UTF-8"', () => {
    expect(chinese).not.toBeNull()
    expect(new TextDecoder().decode(bytes.slice(character, character + 3))).toBe(chinese?.[0])
    for (const into of [1, 2]) {
      const problem = refusal(bytes.slice(0, character + into))
      expect(problem).toMatchObject({ code: 'not-json' })
      expect(problem).toHaveProperty('line')
    }
    // The same file cut on the character's first byte: the answer the trial got there.
    expect(refusal(bytes.slice(0, character))).toMatchObject({ code: 'not-json' })
  })

  it('a stray lead byte after a complete file is refused, not dropped unseen', () => {
    const stray = new Uint8Array([...bytes, 0xe8])
    expect(refusal(stray)).toMatchObject({ code: 'not-json' })
  })

  it('a bad byte anywhere but the end is still "not UTF-8"', () => {
    const broken = bytes.slice()
    broken[character + 1] = 0x41 // the character's second byte made ASCII: a broken sequence mid-file
    expect(refusal(broken)).toEqual({ code: 'not-utf8' })
    const invalid = bytes.slice()
    invalid[10] = 0xff // never valid in UTF-8
    expect(refusal(invalid)).toEqual({ code: 'not-utf8' })
  })

  it('the whole file still reads and checks as before', () => {
    expect(decodeImportBytes(bytes)).toBe(text)
    expect(refusal(bytes)).toBeNull()
  })
})
