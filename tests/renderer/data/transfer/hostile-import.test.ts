import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { EXPORT_VERSION } from '../../../../renderer/data/transfer/export-format'
import { importText } from '../../../../renderer/data/transfer/import'
import {
  decodeImportBytes,
  MAX_DEPTH,
  MAX_IMPORT_BYTES,
} from '../../../../renderer/data/transfer/import-checks'
import {
  ImportRefused,
  type ImportProblem,
} from '../../../../renderer/data/transfer/import-problems'
import { freshDatabase } from '../data-helpers'
import { populate } from './populate'

const opened: TidemarkDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const app = { version: '0.1.0', now: new Date('2026-11-29T10:00:00.000Z') }

/** A populated database and a valid export of another one, to break in each test. */
async function setting() {
  const db = await freshDatabase('hostile')
  opened.push(db)
  await populate(db)
  const other = await freshDatabase('hostile-source')
  opened.push(other)
  await populate(other, new Date('2026-11-28T00:00:00Z'))
  const valid = JSON.parse(await exportDocument(other, app)) as Record<string, unknown> & {
    data: Record<string, unknown[]>
  }
  return { db, valid }
}

/** Imports `text` in both modes, expects the refusal, and that nothing stored changed. */
async function expectRefusal(
  db: TidemarkDatabase,
  text: string,
  expected: Partial<ImportProblem>,
): Promise<ImportProblem> {
  const before = await exportDocument(db, app)
  let problem: ImportProblem | undefined
  for (const mode of ['replace', 'merge'] as const) {
    problem = undefined
    try {
      await importText(db, text, mode)
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error
      problem = error.problem
    }
    expect(problem).toMatchObject(expected)
  }
  expect(await exportDocument(db, app)).toBe(before)
  return problem as ImportProblem
}

describe('a hostile or broken import file changes nothing', () => {
  it('a truncated file is not JSON', async () => {
    const { db, valid } = await setting()
    const text = JSON.stringify(valid)
    await expectRefusal(db, text.slice(0, Math.floor(text.length / 2)), { code: 'not-json' })
  })

  it('any other JSON is not a Tidemark file', async () => {
    const { db } = await setting()
    await expectRefusal(db, '[1,2,3]', { code: 'not-tidemark' })
    await expectRefusal(db, '{"format":"excalidraw","version":2}', { code: 'not-tidemark' })
    await expectRefusal(db, 'null', { code: 'not-tidemark' })
  })

  it('a newer version is refused and says so', async () => {
    const { db, valid } = await setting()
    await expectRefusal(db, JSON.stringify({ ...valid, version: 7 }), {
      code: 'newer-version',
      version: 7,
      supported: EXPORT_VERSION,
    })
  })

  it('wrong types are named by table, record and field', async () => {
    const { db, valid } = await setting()
    const skill = valid.data['skills']?.[0] as Record<string, unknown>
    skill['level'] = 'expert'
    const problem = await expectRefusal(db, JSON.stringify(valid), { code: 'invalid' })
    expect(problem).toMatchObject({
      issues: [{ table: 'skills', index: 0, id: skill['id'], field: 'level' }],
    })
  })

  it('duplicate ids are refused', async () => {
    const { db, valid } = await setting()
    const skills = valid.data['skills'] as Record<string, unknown>[]
    skills.push({ ...skills[0] })
    const problem = await expectRefusal(db, JSON.stringify(valid), { code: 'invalid' })
    expect(JSON.stringify(problem)).toMatch(/duplicate id/)
    // What the interface says in words: the key and its value, not the English sentence.
    expect(problem).toMatchObject({
      issues: [
        {
          table: 'skills',
          index: skills.length - 1,
          field: 'id',
          detail: { code: 'duplicate', key: 'id', value: skills[0]?.['id'] },
        },
      ],
    })
  })

  it('invalid dates are refused', async () => {
    const { db, valid } = await setting()
    const entry = valid.data['journal']?.[0] as Record<string, unknown>
    entry['date'] = '2026-02-30'
    const problem = await expectRefusal(db, JSON.stringify(valid), { code: 'invalid' })
    expect(problem).toMatchObject({ issues: [{ table: 'journal', field: 'date' }] })
  })

  it('prototype keys are refused wherever they hide, and Object.prototype stays clean', async () => {
    const { db, valid } = await setting()
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = JSON.stringify(valid).replace(
        '"rulesetOverrides":{',
        `"rulesetOverrides":{"${key}":{"polluted":true},`,
      )
      await expectRefusal(db, text, { code: 'forbidden-key', key })
      const nested = JSON.stringify(valid).replace(
        '"overrides":{',
        `"overrides":{"modifiers":{"${key}":{"polluted":true}},`,
      )
      await expectRefusal(db, nested, { code: 'forbidden-key', key })
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('deep nesting is refused before any schema walks it', async () => {
    const { db, valid } = await setting()
    const deep = `${'['.repeat(MAX_DEPTH + 5)}${']'.repeat(MAX_DEPTH + 5)}`
    const text = JSON.stringify(valid).replace('"overrides":{', `"overrides":{"deep":${deep},`)
    await expectRefusal(db, text, { code: 'too-deep' })
    // Nesting past the JSON parser's own stack is refused too, not a crash.
    // (Inside an object: text that does not open with "{" is no export at all, trial 22 #5.)
    await expectRefusal(db, `{"data":${'['.repeat(1_000_000)}`, { code: 'not-json' })
    await expectRefusal(db, '['.repeat(1_000_000), { code: 'not-tidemark' })
  })

  it('a huge string is refused', async () => {
    const { db, valid } = await setting()
    const entry = valid.data['journal']?.[0] as Record<string, unknown>
    entry['body'] = 'x'.repeat(5_000_000)
    await expectRefusal(db, JSON.stringify(valid), { code: 'string-too-long' })
  })

  it('ruleset overrides the engine would refuse are refused on import too', async () => {
    const { db, valid } = await setting()
    const text = JSON.stringify(valid).replace(
      '"overrides":{',
      '"overrides":{"skillDomains":[{"id":"no-such-domain","premiumClass":"S"}],',
    )
    const problem = await expectRefusal(db, text, { code: 'invalid' })
    // Named by rule id, as the Rules screen names it, with the Rules screen's own code.
    expect(problem).toMatchObject({
      issues: [
        {
          table: 'rulesetOverrides',
          field: 'overrides.skillDomains.no-such-domain',
          detail: {
            code: 'override',
            issue: { code: 'unknown-rule', ruleId: 'no-such-domain' },
          },
        },
      ],
    })
  })

  it('unknown fields are refused, not silently kept', async () => {
    const { db, valid } = await setting()
    const offer = valid.data['offers']?.[0] as Record<string, unknown>
    offer['salaryNegotiable'] = true
    await expectRefusal(db, JSON.stringify(valid), { code: 'invalid' })
  })

  it('non-UTF-8 bytes and oversized files are refused at the door', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) // {"é"} in Latin-1
    expect(() => decodeImportBytes(latin1)).toThrow(ImportRefused)
    try {
      decodeImportBytes(latin1)
    } catch (error) {
      expect((error as ImportRefused).problem).toEqual({ code: 'not-utf8' })
    }
    // UTF-16 (an export an editor saved again as "Unicode"), with or without its mark, either
    // order: read as the text it is (review 29 I1; import-utf16.test.ts), not refused.
    const utf16 = (bytes: number[]) => decodeImportBytes(new Uint8Array(bytes))
    expect(utf16([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])).toBe('{}')
    expect(utf16([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d])).toBe('{}')
    expect(utf16([0x7b, 0x00, 0x7d, 0x00])).toBe('{}')
    expect(utf16([0x00, 0x7b, 0x00, 0x7d])).toBe('{}')
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d])
    expect(decodeImportBytes(withBom)).toBe('{}')
    const huge = { byteLength: MAX_IMPORT_BYTES + 1 } as Uint8Array
    expect(() => decodeImportBytes(huge)).toThrow(ImportRefused)
  })
})
