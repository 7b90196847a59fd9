import fc from 'fast-check'
import type { TFunction } from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { exportDocument } from '../../../renderer/data/transfer/export'
import { EXPORT_VERSION, type ExportTable } from '../../../renderer/data/transfer/export-format'
import { importText, type ImportMode } from '../../../renderer/data/transfer/import'
import {
  decodeImportBytes,
  MAX_DEPTH,
  MAX_STRING,
} from '../../../renderer/data/transfer/import-checks'
import {
  ImportRefused,
  QUOTED,
  quoted,
  type ImportProblem,
} from '../../../renderer/data/transfer/import-problems'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { fieldName } from '../../../renderer/ui/screens/settings/import-field-words'
import { importProblemText } from '../../../renderer/ui/screens/settings/import-problem-text'
import { generateExport } from '../../helpers/export-generator'
import { freshDatabase } from './data-helpers'
import { populate } from './transfer/populate'
import { en as profileWords } from '../../../renderer/ui/i18n/messages/profile'
import { en as settingsWords } from '../../../renderer/ui/i18n/messages/settings'

/**
 * Issue 10's import fuzzing: generated malformed and hostile export files, each fed to the
 * import as the Settings screen feeds it (the file's bytes decoded as strict UTF-8, then
 * checkImportText and the write, in either mode). Every one must be refused with a message
 * that names its problem (the key, the field, the version, the path), the stored data must
 * export exactly as before, and Object.prototype must not gain or change a property.
 *
 * The seed is new each run, so runs explore different files; a failure prints it (fast-check's
 * report, and the test's name): rerun with TIDEMARK_FUZZ_SEED=<seed> to get the same files.
 */

const RUNS = Number(process.env['TIDEMARK_FUZZ_RUNS'] ?? 250)
const SEED = Number(process.env['TIDEMARK_FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
/** A message the user reads: specific, and short enough to read (a file cannot make it huge). */
const MAX_MESSAGE_CHARS = 12_000

const app = { version: '0.1.0', now: new Date('2026-11-29T10:00:00.000Z') }
const encoder = new TextEncoder()

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }
type Path = (string | number)[]

const LIST_TABLES = ['skills', 'skillSnapshots', 'offers', 'journal', 'goals'] as const
const SINGLE_TABLES = ['settings', 'profile', 'engineSettings', 'rulesetOverrides'] as const

/** What a case expects: the refusal's code, and what the problem and its message must name. */
interface Expectation {
  codes: readonly ImportProblem['code'][]
  check?: (problem: ImportProblem, message: { en: string; zh: string }) => void
}

interface HostileCase {
  label: string
  bytes: Uint8Array
  expected: Expectation
}

// ——— The valid document every case breaks, and where things can be put in it ———

let source: JsonObject
let sourceText: string
/** Every object (not array) in the source, with its path: where keys can be added. */
let objects: { path: Path; value: JsonObject }[]
/** Every string in the source with its path (keys and array positions). */
let strings: { path: Path }[]
/** Every top-level field of every record: (table, record index or null, field). */
let fields: { table: ExportTable; index: number | null; field: string; value: Json }[]
/** Every date or timestamp field, with whether it is a timestamp. */
let dates: { path: Path; timestamp: boolean }[]

function clone(): JsonObject {
  return structuredClone(source)
}

function at(root: Json, path: Path): Json {
  let value: Json = root
  for (const part of path) value = (value as Record<string | number, Json>)[part] as Json
  return value
}

function setAt(root: JsonObject, path: Path, value: Json): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json>
  parent[path[path.length - 1] as string | number] = value
}

/** A path as checkStructure names it: `data.journal[3].body`. */
function structurePath(path: Path): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${String(part)}]` : text ? `${text}.${part}` : part,
    '',
  )
}

function walk(value: Json, path: Path, visit: (value: Json, path: Path) => void): void {
  visit(value, path)
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(item, [...path, index], visit)
    })
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit)
  }
}

function index(document: JsonObject): void {
  objects = []
  strings = []
  dates = []
  walk(document, [], (value, path) => {
    if (typeof value === 'string') {
      strings.push({ path })
      const key = path[path.length - 1]
      if (typeof key === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
        dates.push({ path, timestamp: value.includes('T') })
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      objects.push({ path, value })
    }
  })
  const data = document['data'] as JsonObject
  fields = []
  for (const table of LIST_TABLES) {
    ;(data[table] as JsonObject[]).forEach((record, position) => {
      for (const [field, value] of Object.entries(record)) {
        fields.push({ table, index: position, field, value })
      }
    })
  }
  for (const table of SINGLE_TABLES) {
    for (const [field, value] of Object.entries(data[table] as JsonObject)) {
      fields.push({ table, index: null, field, value })
    }
  }
}

function pick<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length] as T
}

function kindOf(value: Json): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
}

function encode(document: Json, indent: number): Uint8Array {
  return encoder.encode(JSON.stringify(document, null, indent))
}

// ——— What the message must say ———

let t: { en: TFunction; zh: TFunction }

/** Expects an 'invalid' refusal with an issue at `table` (record `index`) whose field starts with `field`. */
function invalidAt(table: ExportTable | null, index: number | null, field: string): Expectation {
  return {
    codes: ['invalid'],
    check: (problem, message) => {
      if (problem.code !== 'invalid') return
      const matching = problem.issues.filter(
        (issue) =>
          issue.table === table &&
          (index === null || issue.index === index) &&
          (issue.field === field || issue.field.startsWith(`${field}.`)),
      )
      expect(matching, `an issue at ${String(table)} ${String(index)} ${field}`).not.toEqual([])
      // The field by its name on screen where it has one ("updatedAt" is "Last changed", the
      // profile's by its form's labels), else as the file spells it.
      const last =
        field
          .split('.')
          .filter((part) => !/^\d+$/.test(part))
          .pop() ?? ''
      const profileLabels: Record<string, string> = {
        education: profileWords.education.label,
        yearsOfExperience: profileWords.years.label,
        currentEmployer: profileWords.employer.label,
        roleFamily: profileWords.role.label,
      }
      const onScreen =
        (settingsWords.transfer.fields as Record<string, string>)[last] ??
        profileLabels[last] ??
        field
      // The form's own label where the field has one (an offer's "deadline" is "Answer by").
      const label = fieldName(t.en, table, field)
      expect(
        [field, onScreen, label].some((name) => message.en.includes(name)),
        message.en,
      ).toBe(true)
      if (table !== null) {
        expect(message.en).toContain(t.en(`data.table.${table}`))
        expect(message.zh).toContain(t.zh(`data.table.${table}`))
      }
      if (index !== null) expect(message.en).toContain(`record ${String(index + 1)}`)
    },
  }
}

// ——— The cases ———

const position = fc.nat({ max: 1_000_000 })
const indent = fc.constantFrom(0, 2)

const truncated = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true })).map(([fraction]) => {
  const bytes = encoder.encode(sourceText.trimEnd())
  // Any proper prefix of an object's text, its "{" at least: never whole JSON, sometimes cut
  // inside a character. (Nothing at all is an empty file, its own refusal since trial 22 #5,
  // held by settings-import-empty-or-not-json.test.ts.)
  const cut = Math.max(1, Math.min(bytes.length - 1, Math.floor(fraction * bytes.length)))
  const prefix = bytes.slice(0, cut)
  return {
    label: `truncated at byte ${String(cut)}`,
    bytes: prefix,
    expected: { codes: ['not-json', 'not-utf8'] },
  } satisfies HostileCase
})

const wrongType = fc
  .tuple(
    position,
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant([1, 'a']), fc.constant({ x: 1 })),
    indent,
  )
  .filter(([spot, replacement]) => kindOf(replacement as Json) !== kindOf(pick(fields, spot).value))
  .map(([spot, replacement, spaces]) => {
    const target = pick(fields, spot)
    const document = clone()
    const data = document['data'] as JsonObject
    const record = (
      target.index === null
        ? data[target.table]
        : (data[target.table] as JsonObject[])[target.index]
    ) as JsonObject
    record[target.field] = replacement as Json
    return {
      label: `${target.table}[${String(target.index)}].${target.field} = ${JSON.stringify(replacement)}`,
      bytes: encode(document, spaces),
      expected: invalidAt(target.table, target.index, target.field),
    } satisfies HostileCase
  })

const wrongEnvelope = fc
  .tuple(
    fc.constantFrom('data', 'app', 'exportedAt'),
    fc.constantFrom<Json>([], 'data', null, 7, true, { name: 'Tidemark' }),
  )
  .map(([field, value]) => {
    const document = clone()
    document[field] = value
    return {
      label: `envelope ${field} = ${JSON.stringify(value)}`,
      bytes: encode(document, 2),
      expected: invalidAt(null, null, field),
    } satisfies HostileCase
  })

const wrongFormat = fc
  .constantFrom<Json | undefined>('Tidemark', 'tidemark ', 'excalidraw', '', 1, null, undefined, [
    'tidemark',
  ])
  .map((format) => {
    const document = clone()
    if (format === undefined) delete document['format']
    else document['format'] = format
    return {
      label: `format ${format === undefined ? 'missing' : JSON.stringify(format)}`,
      bytes: encode(document, 2),
      expected: {
        codes: ['not-tidemark'],
        check: (_problem, message) => {
          expect(message.en).toMatch(/not a Tidemark export/)
        },
      },
    } satisfies HostileCase
  })

const futureVersion = fc
  .oneof(fc.integer({ min: EXPORT_VERSION + 1, max: 2 ** 40 }), fc.constantFrom(1e21, 2 ** 53))
  .map((version) => {
    const document = clone()
    document['version'] = version
    return {
      label: `version ${String(version)}`,
      bytes: encode(document, 2),
      expected: {
        codes: ['newer-version'],
        check: (problem, message) => {
          expect(problem).toEqual({ code: 'newer-version', version, supported: EXPORT_VERSION })
          expect(message.en).toContain(`format ${String(version)}`)
          expect(message.zh).toContain(String(version))
        },
      },
    } satisfies HostileCase
  })

const wrongVersion = fc
  .oneof(
    // Below 1: no Tidemark wrote it (1 to EXPORT_VERSION - 1 are older files, upgraded).
    fc.integer({ min: -1000, max: 0 }),
    fc.double({ min: -10, max: 10, noNaN: true }).filter((value) => !Number.isInteger(value)),
    fc.constantFrom<Json | undefined>('1', '2', null, true, [1], { major: 1 }, undefined),
  )
  .map((version) => {
    const document = clone()
    if (version === undefined) delete document['version']
    else document['version'] = version
    return {
      label: `version ${version === undefined ? 'missing' : JSON.stringify(version)}`,
      bytes: encode(document, 2),
      expected: invalidAt(null, null, 'version'),
    } satisfies HostileCase
  })

/** Longer than any field allows but within what the structure check lets through. */
const LONG_FIELD = 30_000
const hugeString = fc
  .tuple(position, fc.integer({ min: MAX_STRING + 1, max: 1_000_000 }), fc.boolean())
  .map(([spot, length, overLimit]) => {
    const target = pick(strings, spot)
    const document = clone()
    const size = overLimit ? length : LONG_FIELD
    setAt(document, target.path, '长'.repeat(size))
    const where = quoted(structurePath(target.path), QUOTED.path)
    const table = target.path[0] === 'data' ? (target.path[1] as ExportTable) : null
    return {
      label: `${String(size)} characters at ${where}`,
      bytes: encode(document, 0),
      expected: overLimit
        ? {
            codes: ['string-too-long'],
            check: (problem, message) => {
              expect(problem).toEqual({ code: 'string-too-long', path: where, limit: MAX_STRING })
              expect(message.en).toContain(where)
            },
          }
        : target.path[0] === 'format'
          ? { codes: ['not-tidemark'] }
          : {
              codes: ['invalid'],
              check: (problem, message) => {
                if (problem.code !== 'invalid') return
                expect(problem.issues.some((issue) => issue.table === table)).toBe(true)
                if (table) expect(message.en).toContain(t.en(`data.table.${table}`))
              },
            },
    } satisfies HostileCase
  })

const hugeKey = fc
  .tuple(position, fc.integer({ min: 1000, max: 1_000_000 }))
  .map(([spot, length]) => {
    const target = pick(objects, spot)
    const document = clone()
    const key = `k${'x'.repeat(length)}`
    ;(at(document, target.path) as JsonObject)[key] = 1
    return {
      label: `a key of ${String(length)} characters at ${structurePath(target.path) || '/'}`,
      bytes: encode(document, 0),
      // An unknown key anywhere: refused by the schema (or the overrides' check) or, where
      // records allow any key, as no Tidemark field is that long.
      expected: { codes: ['invalid', 'string-too-long', 'not-tidemark'] },
    } satisfies HostileCase
  })

const deepNesting = fc
  .tuple(
    position,
    fc.oneof(fc.integer({ min: MAX_DEPTH, max: 200 }), fc.integer({ min: 200, max: 100_000 })),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([spot, depth, arrays, replace]) => {
    const marker = '@@deep@@'
    const document = clone()
    let where: Path
    if (replace) {
      where = pick(strings, spot).path
      setAt(document, where, marker)
    } else {
      const target = pick(objects, spot)
      where = [...target.path, 'nested']
      ;(at(document, target.path) as JsonObject)['nested'] = marker
    }
    const deep = arrays
      ? `${'['.repeat(depth)}${']'.repeat(depth)}`
      : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    const text = JSON.stringify(document).replace(JSON.stringify(marker), deep)
    const prefix = structurePath(where)
    return {
      label: `${String(depth)} levels of ${arrays ? 'arrays' : 'objects'} at ${prefix}`,
      bytes: encoder.encode(text),
      expected: {
        codes: ['too-deep', 'not-json'],
        check: (problem, message) => {
          if (problem.code !== 'too-deep') return
          expect(problem.path.startsWith(prefix), `${problem.path} inside ${prefix}`).toBe(true)
          expect(message.en).toContain(`${String(MAX_DEPTH)} levels`)
        },
      },
    } satisfies HostileCase
  })

const prototypeKey = fc
  .tuple(
    position,
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom<Json>(
      { polluted: true },
      { toString: 'x', valueOf: 1 },
      { prototype: { polluted: 1 } },
      'polluted',
      [{ polluted: true }],
      null,
    ),
    indent,
  )
  .map(([spot, key, value, spaces]) => {
    const target = pick(objects, spot)
    const document = clone()
    // An own, enumerable key, as JSON.parse makes it: JSON.stringify writes it out.
    Object.defineProperty(at(document, target.path), key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    })
    const where = structurePath(target.path)
    return {
      label: `${key} at ${where || '/'}`,
      bytes: encode(document, spaces),
      expected: {
        codes: ['forbidden-key'],
        check: (problem, message) => {
          expect(problem).toEqual({ code: 'forbidden-key', path: where, key })
          expect(message.en).toContain(`“${key}”`)
          expect(message.en).toContain(where || '/')
          expect(message.zh).toContain(key)
        },
      },
    } satisfies HostileCase
  })

const duplicateId = fc
  .tuple(fc.constantFrom(...LIST_TABLES), position, position, fc.boolean())
  .map(([table, from, to, changed]) => {
    const document = clone()
    const rows = (document['data'] as JsonObject)[table] as JsonObject[]
    const copy = structuredClone(pick(rows, from))
    if (changed && 'title' in copy) copy['title'] = 'a different title'
    rows.splice(to % (rows.length + 1), 0, copy)
    const key = table === 'skillSnapshots' ? 'date' : 'id'
    return {
      label: `duplicate ${key} in ${table}`,
      bytes: encode(document, 2),
      expected: {
        codes: ['invalid'],
        check: (problem, message) => {
          if (problem.code !== 'invalid') return
          expect(problem.issues).toContainEqual(
            expect.objectContaining({
              table,
              field: key,
              message: expect.stringContaining('duplicate') as unknown,
            }),
          )
          // Said in the interface's words, in either language (zod's English sentence before).
          const value = copy[key]
          if (typeof value !== 'string') throw new Error(`${key} is not a string`)
          expect(message.en).toContain(
            key === 'date'
              ? `the date ${value} already has a record`
              : `the ID “${value}” is already used by an earlier record`,
          )
          expect(message.zh).toContain(
            key === 'date' ? `的日期 ${value} 已经有一条记录` : `的 ID“${value}”已被前面的记录使用`,
          )
        },
      },
    } satisfies HostileCase
  })

const BAD_DATES = [
  '2026-02-30',
  '2025-02-29',
  '2026-11-31',
  '2026-00-10',
  '2026-13-01',
  '26-11-29',
  '2026/11/29',
  'tomorrow',
  '',
  '2026-11-29T00:00:00.000Z',
]
const BAD_TIMESTAMPS = [
  '2026-02-30T10:00:00.000Z',
  '2026-11-29T25:00:00.000Z',
  '2026-11-29T10:61:00Z',
  '2026-11-29 10:00',
  '2026-11-29',
  'yesterday',
  '',
  '1764410000000',
]

const invalidDate = fc.tuple(position, position).map(([spot, which]) => {
  const target = pick(dates, spot)
  const document = clone()
  const bad = pick(target.timestamp ? BAD_TIMESTAMPS : BAD_DATES, which)
  setAt(document, target.path, bad)
  const [first, table, record, ...rest] = target.path
  const expected =
    first !== 'data'
      ? invalidAt(null, null, target.path.join('.'))
      : typeof record === 'number'
        ? invalidAt(table as ExportTable, record, rest.join('.'))
        : invalidAt(table as ExportTable, null, [record, ...rest].join('.'))
  return {
    label: `${JSON.stringify(bad)} at ${structurePath(target.path)}`,
    bytes: encode(document, 2),
    expected,
  } satisfies HostileCase
})

/** Byte sequences that are never UTF-8, wherever they land. */
const BAD_BYTES = [
  [0xff],
  [0xfe],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
  [0x80],
  [0xe4, 0xb8],
]

const notUtf8 = fc
  .oneof(
    fc.tuple(position, fc.constantFrom(...BAD_BYTES)).map(([spot, bad]) => {
      const bytes = encoder.encode(sourceText)
      const cut = spot % bytes.length
      const out = new Uint8Array(bytes.length + bad.length)
      out.set(bytes.slice(0, cut))
      out.set(bad, cut)
      out.set(bytes.slice(cut), cut + bad.length)
      return { label: `bytes ${JSON.stringify(bad)} at ${String(cut)}`, bytes: out }
    }),
    fc.tuple(fc.boolean(), position).map(([bom, spot]) => {
      // The whole file as UTF-16 (little-endian), as some editors save it, is read (review 29
      // I1); with half a surrogate pair put in anywhere (a low half: never completed by what
      // follows, as a high half at the very end would be a cut), it is not text. Not first: the
      // file's first character tells its byte order.
      const cut = 1 + (spot % (sourceText.length - 1))
      const broken = `${sourceText.slice(0, cut)}\uDC00${sourceText.slice(cut)}`
      const units = new Uint16Array(broken.length)
      for (let i = 0; i < broken.length; i++) units[i] = broken.charCodeAt(i)
      const body = new Uint8Array(units.buffer)
      const out = bom ? new Uint8Array([0xff, 0xfe, ...body]) : body
      return {
        label: `UTF-16LE${bom ? ' with BOM' : ''}, half a pair at ${String(cut)}`,
        bytes: out,
      }
    }),
    fc.constant(null).map(() => {
      // Latin-1: each character's low byte (the Chinese text turns into stray high bytes).
      const out = Uint8Array.from(sourceText, (char) => char.charCodeAt(0) & 0xff)
      return { label: 'Latin-1 bytes', bytes: out }
    }),
  )
  .map(
    ({ label, bytes }) =>
      ({
        label,
        bytes,
        expected: {
          codes: label.startsWith('UTF-16') ? ['not-utf8'] : ['not-utf8', 'not-json'],
          check: (problem, message) => {
            if (problem.code === 'not-utf8') expect(message.en).toMatch(/not UTF-8/)
          },
        },
      }) satisfies HostileCase,
  )

const unknownTable = fc
  .constantFrom('secrets', 'journalEntries', 'Skills', 'toString')
  .map((name) => {
    const document = clone()
    ;(document['data'] as JsonObject)[name] = []
    return {
      label: `unknown table ${name}`,
      bytes: encode(document, 2),
      expected: {
        codes: ['invalid'],
        check: (_problem, message) => {
          expect(message.en).toContain(name)
        },
      },
    } satisfies HostileCase
  })

const missingTable = fc.constantFrom(...LIST_TABLES, ...SINGLE_TABLES).map((name) => {
  const document = clone()
  Reflect.deleteProperty(document['data'] as JsonObject, name)
  return {
    label: `no ${name} table`,
    bytes: encode(document, 2),
    expected: invalidAt(name, null, ''),
  } satisfies HostileCase
})

const otherJson = fc.jsonValue({ maxDepth: 4 }).map((value) => {
  const text = JSON.stringify(value)
  return {
    label: `other JSON ${text.slice(0, 60)}`,
    bytes: encoder.encode(text),
    // Random JSON may hold a prototype key (fast-check makes them on purpose).
    expected: { codes: ['not-tidemark', 'forbidden-key'] },
  } satisfies HostileCase
})

const hostileCase: fc.Arbitrary<HostileCase> = fc
  .oneof(
    truncated,
    wrongType,
    wrongEnvelope,
    wrongFormat,
    futureVersion,
    wrongVersion,
    hugeString,
    hugeKey,
    deepNesting,
    prototypeKey,
    duplicateId,
    invalidDate,
    notUtf8,
    unknownTable,
    missingTable,
    otherJson,
  )
  // A failure names the case, not its megabytes of bytes.
  .map((hostile) => Object.assign(hostile, { [fc.toStringMethod]: () => hostile.label }))

// ——— The run ———

let db: TidemarkDatabase

/** Object.prototype's own properties and their values: a polluted one differs. */
function prototypeState(): string[] {
  return Reflect.ownKeys(Object.prototype).map((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key)
    return `${String(key)}:${typeof descriptor?.value}:${String(descriptor?.enumerable)}`
  })
}

/** The import as the Settings screen runs it: strict UTF-8, then check and write. */
async function importAsTheUiDoes(bytes: Uint8Array, mode: ImportMode): Promise<unknown> {
  try {
    await importText(db, decodeImportBytes(bytes), mode)
    return null
  } catch (error) {
    return error
  }
}

beforeAll(async () => {
  t = { en: (await createI18n('en')).t, zh: (await createI18n('zh-CN')).t }
  // The database that must not change: something in every table, and a journal.
  db = await freshDatabase('fuzz')
  await populate(db)
  await importText(db, generateExport(150, 21).text, 'merge')
  // The file every case breaks: another user's full export, with a journal of its own.
  const other = await freshDatabase('fuzz-source')
  await populate(other, new Date('2026-11-28T00:00:00Z'))
  await importText(other, generateExport(12, 22).text, 'merge')
  sourceText = await exportDocument(other, app)
  source = JSON.parse(sourceText) as JsonObject
  index(source)
  await other.delete()
})

afterAll(async () => {
  await db.delete()
})

describe('import fuzzing: hostile and broken files', () => {
  it(`refuses every generated file by name and changes nothing (${String(RUNS)} files, seed ${String(SEED)})`, async () => {
    const before = await exportDocument(db, app)
    const prototypeBefore = prototypeState()
    const seen = new Map<string, number>()
    await fc.assert(
      fc.asyncProperty(
        hostileCase,
        fc.constantFrom<ImportMode>('replace', 'merge'),
        async (hostile, mode) => {
          const error = await importAsTheUiDoes(hostile.bytes, mode)
          expect(error, hostile.label).toBeInstanceOf(ImportRefused)
          const problem = (error as ImportRefused).problem
          expect(hostile.expected.codes, `${hostile.label}: ${problem.code}`).toContain(
            problem.code,
          )
          seen.set(problem.code, (seen.get(problem.code) ?? 0) + 1)

          const message = {
            en: importProblemText(t.en, problem),
            zh: importProblemText(t.zh, problem),
          }
          // Specific: more than the bare headline of its kind, and readable in length.
          for (const [language, text] of Object.entries(message)) {
            expect(text.length, `${language} message for ${hostile.label}`).toBeLessThanOrEqual(
              MAX_MESSAGE_CHARS,
            )
          }
          if (problem.code === 'invalid') {
            expect(problem.issues.length).toBeGreaterThan(0)
            expect(message.en.split('\n').length).toBeGreaterThan(1)
          }
          hostile.expected.check?.(problem, message)

          expect(prototypeState()).toEqual(prototypeBefore)
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
          expect(await exportDocument(db, app), hostile.label).toBe(before)
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    )
    // Every kind of refusal came up: the generators reach each check.
    expect([...seen.keys()].sort()).toEqual(
      expect.arrayContaining([
        'forbidden-key',
        'invalid',
        'newer-version',
        'not-json',
        'not-tidemark',
        'not-utf8',
        'string-too-long',
        'too-deep',
      ]),
    )
  }, 180_000)
})

describe('what the fuzzing found, kept as regressions', () => {
  it('a settings row with a field Tidemark does not know is refused, not trimmed (seed 1279482425)', async () => {
    const document = clone()
    ;((document['data'] as JsonObject)['settings'] as JsonObject)['fontSize'] = 14
    const before = await exportDocument(db, app)
    const error = await importAsTheUiDoes(encode(document, 2), 'replace')
    expect(error).toBeInstanceOf(ImportRefused)
    const problem = (error as ImportRefused).problem
    expect(problem).toMatchObject({ code: 'invalid', issues: [{ table: 'settings', field: '' }] })
    expect(importProblemText(t.en, problem)).toContain('fontSize')
    expect(await exportDocument(db, app)).toBe(before)
  })

  it('a 30,000-character id or a 2 MB key is quoted short in the message, not in full (seed 274252217)', async () => {
    const document = clone()
    const journal = (document['data'] as JsonObject)['journal'] as JsonObject[]
    ;(journal[1] as JsonObject)['id'] = 'i'.repeat(30_000)
    ;(journal[2] as JsonObject)[`k${'x'.repeat(2_000_000)}`] = 1
    const error = await importAsTheUiDoes(encode(document, 0), 'merge')
    const problem = (error as ImportRefused).problem
    if (problem.code !== 'invalid') throw new Error(`expected invalid, got ${problem.code}`)
    expect(problem.issues).toContainEqual(
      expect.objectContaining({ table: 'journal', index: 1, field: 'id' }),
    )
    expect(problem.issues.find((issue) => issue.index === 1)?.id).toHaveLength(QUOTED.id)
    for (const issue of problem.issues) {
      expect(issue.message.length).toBeLessThanOrEqual(QUOTED.message)
      expect(issue.field.length).toBeLessThanOrEqual(QUOTED.path)
    }
    const message = importProblemText(t.en, problem)
    expect(message.length).toBeLessThan(2000)
    expect(message).toContain('Journal, record 2')
    expect(message).toContain('Journal, record 3')
  })
})
