import type { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { checkImportText } from '../../../../renderer/data/transfer/import'
import {
  ImportRefused,
  type ImportIssue,
  type ImportProblem,
} from '../../../../renderer/data/transfer/import-problems'
import { issueDetail, type RecordRule } from '../../../../renderer/data/transfer/issue-detail'
import { journalEntryFieldsSchema } from '../../../../renderer/data/records'
import { amountRangeSchema, amountSchema } from '../../../../renderer/domain/model/compensation'
import { RED_FLAG_IDS } from '../../../../renderer/domain/model/enums'
import { offerSchema } from '../../../../renderer/domain/model/offer'
import { sharePriceSchema, vestingScheduleSchema } from '../../../../renderer/domain/model/options'
import { socialInsuranceSchema } from '../../../../renderer/domain/model/settings'
import { generateExport } from '../../../helpers/export-generator'

/**
 * A refused record's issue carries what is wrong as data (zod's code and the figures its
 * sentence quotes, or a code of Tidemark's), so the interface can say it in its own words:
 * the message alone was zod's sentence, in the worker's language at best.
 */

type Row = Record<string, unknown>
interface File {
  data: { journal: Row[]; skills: Row[]; goals: Row[]; rulesetOverrides: Row | null }
}

function exportFile(): File {
  return JSON.parse(generateExport(6, 11).text) as File
}

function refusal(file: File): Extract<ImportProblem, { code: 'invalid' }> {
  try {
    checkImportText(JSON.stringify(file))
  } catch (error) {
    if (error instanceof ImportRefused && error.problem.code === 'invalid') return error.problem
    throw error
  }
  throw new Error('not refused')
}

function issueAt(file: File, table: string, index: number | null, field: string): ImportIssue {
  const issue = refusal(file).issues.find(
    (candidate) =>
      candidate.table === table && candidate.index === index && candidate.field === field,
  )
  if (!issue) throw new Error(`no issue at ${table} ${String(index)} ${field}`)
  return issue
}

function row(rows: Row[], index: number): Row {
  const found = rows[index]
  if (!found) throw new Error(`no row ${String(index)}`)
  return found
}

describe('an import issue says what is wrong as data', () => {
  it('a text too long: its maximum', () => {
    const file = exportFile()
    row(file.data.journal, 0)['title'] = 'x'.repeat(201)
    expect(issueAt(file, 'journal', 0, 'title').detail).toEqual({
      code: 'too_big',
      origin: 'string',
      maximum: 200,
      inclusive: true,
    })
  })

  it('an empty text: its minimum', () => {
    const file = exportFile()
    row(file.data.journal, 1)['title'] = ''
    expect(issueAt(file, 'journal', 1, 'title').detail).toEqual({
      code: 'too_small',
      origin: 'string',
      minimum: 1,
      inclusive: true,
    })
  })

  it('a wrong type, and a missing field told apart from it', () => {
    const file = exportFile()
    row(file.data.journal, 0)['title'] = 42
    delete row(file.data.journal, 1)['title']
    expect(issueAt(file, 'journal', 0, 'title').detail).toEqual({
      code: 'invalid_type',
      expected: 'string',
      missing: false,
    })
    expect(issueAt(file, 'journal', 1, 'title').detail).toEqual({
      code: 'invalid_type',
      expected: 'string',
      missing: true,
    })
  })

  it('a null where a value belongs is not missing', () => {
    const file = exportFile()
    row(file.data.journal, 0)['title'] = null
    expect(issueAt(file, 'journal', 0, 'title').detail).toMatchObject({ missing: false })
  })

  it('a malformed date, a value not among the choices, an unknown field', () => {
    const file = exportFile()
    row(file.data.journal, 0)['date'] = '2026-02-30'
    row(file.data.journal, 1)['kind'] = 'cooking'
    row(file.data.journal, 2)['mood'] = 'fine'
    expect(issueAt(file, 'journal', 0, 'date').detail).toEqual({
      code: 'invalid_format',
      format: 'date',
    })
    expect(issueAt(file, 'journal', 1, 'kind').detail).toMatchObject({
      code: 'invalid_value',
      values: expect.arrayContaining(['learning', 'project']) as unknown,
    })
    expect(issueAt(file, 'journal', 2, '').detail).toEqual({
      code: 'unrecognized_keys',
      keys: ['mood'],
    })
  })

  it("a goal's unknown kind of target: the kinds there are", () => {
    const file = exportFile()
    file.data.goals.push({
      id: 'g1',
      title: 'Ship it',
      targetDate: '2027-01-01',
      createdAt: '2026-10-06T02:42:55.615Z',
      updatedAt: '2026-10-06T02:42:55.615Z',
      target: { kind: 'weight-loss' },
    })
    expect(issueAt(file, 'goals', file.data.goals.length - 1, 'target.kind').detail).toEqual({
      code: 'invalid_value',
      values: ['skill-level', 'entry-count'],
      missing: false,
    })
  })

  it('a choice the file leaves out is missing, not a wrong value: the version, a degree', () => {
    const file = exportFile() as File & { version?: unknown; data: { profile: Row | null } }
    delete file.version
    file.data.profile = { id: 'me', updatedAt: '2026-10-06T02:42:55.615Z' }
    const issues = refusal(file).issues
    expect(issues.find((issue) => issue.table === null)?.detail).toMatchObject({
      code: 'invalid_value',
      missing: true,
    })
    expect(issueAt(file, 'profile', null, 'education').detail).toMatchObject({
      code: 'invalid_value',
      missing: true,
    })
  })

  it('a choice given a value not among its options is not missing', () => {
    const file = exportFile()
    row(file.data.journal, 1)['kind'] = 'cooking'
    expect(issueAt(file, 'journal', 1, 'kind').detail).toMatchObject({
      code: 'invalid_value',
      missing: false,
    })
  })

  it("a record's rules: a tag twice, evidence for a skill the entry does not link", () => {
    const file = exportFile()
    row(file.data.journal, 0)['tags'] = ['a', 'a']
    const entry = row(file.data.journal, 1)
    entry['skillIds'] = []
    entry['evidence'] = [{ skillId: 'not-linked', kind: 'production' }]
    expect(issueAt(file, 'journal', 0, 'tags').detail).toEqual({
      code: 'rule',
      rule: 'unique-tags',
    })
    expect(issueAt(file, 'journal', 1, 'evidence.0.skillId').detail).toEqual({
      code: 'rule',
      rule: 'evidence-linked',
    })
  })

  it('an id twice: the key and its value', () => {
    const file = exportFile()
    const first = row(file.data.journal, 0)
    file.data.journal.push({ ...first })
    expect(issueAt(file, 'journal', file.data.journal.length - 1, 'id').detail).toEqual({
      code: 'duplicate',
      key: 'id',
      value: first['id'],
    })
  })

  it('a hostile id twice is quoted, not copied whole', () => {
    const file = exportFile()
    const first = row(file.data.journal, 0)
    first['id'] = 'x'.repeat(64)
    file.data.journal.push({ ...first })
    const detail = issueAt(file, 'journal', file.data.journal.length - 1, 'id').detail
    expect(detail.code === 'duplicate' && detail.value.length).toBeLessThanOrEqual(60)
  })

  it('an override that does not apply: the Rules screen’s own issue', () => {
    const file = exportFile()
    file.data.rulesetOverrides = {
      id: 'overrides',
      overrides: { skillDomains: [{ id: 'no-such-domain', premiumClass: 'S' }] },
      updatedAt: '2026-10-06T02:42:55.615Z',
    }
    const issue = issueAt(file, 'rulesetOverrides', null, 'overrides.skillDomains.no-such-domain')
    expect(issue.detail).toMatchObject({
      code: 'override',
      issue: {
        code: 'unknown-rule',
        ruleId: 'no-such-domain',
        path: 'skillDomains.no-such-domain',
      },
    })
  })

  it("a record's key refused: what is wrong with the key", () => {
    const file = exportFile() as File & { data: { skillSnapshots: Row[] } }
    file.data.skillSnapshots = [
      {
        date: '2026-01-05',
        score: 40,
        tier: 'core',
        levels: { ['k'.repeat(65)]: 2 },
        rulesetVersion: 1,
      },
    ]
    const issue = refusal(file).issues.find((candidate) => candidate.table === 'skillSnapshots')
    expect(issue?.detail).toEqual({
      code: 'too_big',
      origin: 'string',
      maximum: 64,
      inclusive: true,
    })
  })

  it('every detail is plain data: it crosses to the window as the worker posts it', () => {
    const file = exportFile()
    row(file.data.journal, 0)['title'] = 'x'.repeat(201)
    row(file.data.journal, 1)['kind'] = 'cooking'
    row(file.data.journal, 2)['tags'] = ['a', 'a']
    const problem = refusal(file)
    expect(structuredClone(problem)).toEqual(problem)
    expect(problem.issues.every((issue) => issue.detail.code !== 'other')).toBe(true)
  })
})

describe("the records' own rules are known by their sentence", () => {
  /** Each rule, broken where its schema holds it; the export's records hold every one. */
  const broken: [RecordRule, z.ZodType, unknown][] = [
    ['unique-tags', journalEntryFieldsSchema.shape.tags, ['a', 'a']],
    ['unique-red-flags', offerSchema.shape.redFlags, [RED_FLAG_IDS[0], RED_FLAG_IDS[0]]],
    ['two-decimals', amountSchema, 1.234],
    ['four-decimals', sharePriceSchema, 0.12345],
    ['vesting-total', vestingScheduleSchema, [50, 40]],
    ['low-above-high', amountRangeSchema, { low: 3, high: 1 }],
    ['base-floor-above-cap', socialInsuranceSchema, { baseFloorMonthly: 9, baseCapMonthly: 5 }],
  ]

  it.each(broken)('%s', (rule, schema, value) => {
    const result = schema.safeParse(value)
    expect(result.success).toBe(false)
    const details = (result.error?.issues ?? []).map((issue) => issueDetail(issue, false))
    expect(details).toContainEqual({ code: 'rule', rule })
  })

  it('every rule is tried, here or above (evidence-linked)', () => {
    // A Record over RecordRule: the compiler asks for a new rule here.
    const every: Record<RecordRule, true> = {
      'unique-tags': true,
      'evidence-linked': true,
      'unique-red-flags': true,
      'two-decimals': true,
      'four-decimals': true,
      'vesting-total': true,
      'low-above-high': true,
      'base-floor-above-cap': true,
    }
    const tried = [...broken.map(([rule]) => rule), 'evidence-linked']
    expect(tried.sort()).toEqual(Object.keys(every).sort())
  })
})
