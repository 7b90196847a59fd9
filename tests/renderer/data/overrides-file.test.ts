import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'
import {
  checkOverrides,
  locateIssuePath,
  OVERRIDES_FILE_FORMAT,
  OVERRIDES_FILE_VERSION,
  parseOverridesFile,
  serializeOverridesFile,
  type OverridesFileProblem,
} from '../../../renderer/data/transfer/overrides-file'

const now = new Date('2026-11-29T10:00:00.000Z')

/** A file as the app writes it, with `overrides` inside, then `change` laid over the envelope. */
function fileText(overrides: unknown, change: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: OVERRIDES_FILE_FORMAT,
    version: OVERRIDES_FILE_VERSION,
    rulesetVersion: DEFAULT_RULESET.version,
    exportedAt: now.toISOString(),
    overrides,
    ...change,
  })
}

function refused(text: string): OverridesFileProblem {
  const result = parseOverridesFile(text, DEFAULT_RULESET)
  if (result.ok) throw new Error('expected the file to be refused')
  return result.problem
}

describe('overrides file', () => {
  it('round-trips what it writes, and the overrides apply', () => {
    const overrides = {
      scoring: { classMaxPoints: { A: 40 } },
      skillDomains: [{ id: 'nlp', premiumClass: 'S' }],
      tiers: [{ id: 'premium', minScore: 45 }],
    }
    const text = serializeOverridesFile(overrides, DEFAULT_RULESET.version, now)
    const result = parseOverridesFile(text, DEFAULT_RULESET)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.overrides).toEqual(overrides)
    expect(result.file.rulesetVersion).toBe(DEFAULT_RULESET.version)
    expect(result.ruleset.scoring.classMaxPoints.A).toBe(40)
    expect(result.ruleset.skillDomains.find((d) => d.id === 'nlp')?.premiumClass).toBe('S')
    expect(result.ruleset.tiers.find((t) => t.id === 'premium')?.minScore).toBe(45)
  })

  it('reads a file that starts with a byte-order mark', () => {
    const result = parseOverridesFile(`\uFEFF${fileText({})}`, DEFAULT_RULESET)
    expect(result.ok).toBe(true)
  })

  it('refuses text that is not JSON', () => {
    expect(refused('{"format": "tidemark-ruleset-overrides", ').code).toBe('not-json')
  })

  it('refuses JSON that is not an overrides file, such as a full export', () => {
    expect(refused(JSON.stringify({ format: 'tidemark-export', version: 1 })).code).toBe(
      'not-overrides-file',
    )
    expect(refused('[1, 2]').code).toBe('not-overrides-file')
  })

  it('refuses a file from a newer version of the envelope', () => {
    expect(refused(fileText({}, { version: OVERRIDES_FILE_VERSION + 1 }))).toEqual({
      code: 'newer-version',
      version: OVERRIDES_FILE_VERSION + 1,
      supported: OVERRIDES_FILE_VERSION,
    })
  })

  it('refuses overrides made for another ruleset version, saying which', () => {
    expect(refused(fileText({}, { rulesetVersion: DEFAULT_RULESET.version + 1 }))).toEqual({
      code: 'other-ruleset',
      rulesetVersion: DEFAULT_RULESET.version + 1,
      expected: DEFAULT_RULESET.version,
    })
    expect(refused(fileText({}, { rulesetVersion: undefined }))).toMatchObject({
      code: 'other-ruleset',
      rulesetVersion: null,
    })
  })

  it('refuses an unknown rule id, naming it', () => {
    const problem = refused(fileText({ skillDomains: [{ id: 'quantum-llm', premiumClass: 'S' }] }))
    expect(problem).toEqual({
      code: 'invalid',
      issues: [
        expect.objectContaining({
          code: 'unknown-rule',
          path: 'skillDomains.quantum-llm',
          ruleId: 'quantum-llm',
        }),
      ],
    })
  })

  it('reports every problem at once: an unknown rule and a bad value beside it', () => {
    const problem = refused(
      fileText({
        skillDomains: [{ id: 'quantum-llm', premiumClass: 'S' }],
        risk: { checklist: [{ id: 'roadmap', noPoints: -500 }] },
      }),
    )
    expect(problem.code === 'invalid' && problem.issues.map((issue) => issue.path)).toEqual([
      'skillDomains.quantum-llm',
      'risk.checklist.roadmap.noPoints',
    ])
  })

  it('refuses a rule changed twice', () => {
    const problem = refused(
      fileText({
        tiers: [
          { id: 'core', minScore: 90 },
          { id: 'core', minScore: 80 },
        ],
      }),
    )
    expect(problem.code === 'invalid' && problem.issues[0]).toMatchObject({
      code: 'rule-twice',
      ruleId: 'core',
    })
  })

  it('refuses a negative weight, naming the rule and the field', () => {
    const problem = refused(fileText({ risk: { checklist: [{ id: 'roadmap', noPoints: -500 }] } }))
    expect(problem.code).toBe('invalid')
    if (problem.code !== 'invalid') return
    expect(problem.issues).toHaveLength(1)
    expect(problem.issues[0]).toMatchObject({
      code: 'invalid',
      path: 'risk.checklist.roadmap.noPoints',
      ruleId: 'roadmap',
      field: 'noPoints',
    })
    const classPoints = refused(fileText({ scoring: { classMaxPoints: { S: -5 } } }))
    expect(classPoints.code === 'invalid' && classPoints.issues[0]).toMatchObject({
      path: 'scoring.classMaxPoints.S',
      ruleId: null,
    })
  })

  it('refuses a value of the wrong kind and a field the ruleset does not have', () => {
    const problem = refused(
      fileText({ modifiers: { phdInField: { points: 'lots' } }, scoring: { bonus: 3 } }),
    )
    expect(problem.code === 'invalid' && problem.issues.map((i) => i.path).sort()).toEqual([
      'modifiers.phdInField.points',
      'scoring',
    ])
    expect(problem.code === 'invalid' && problem.issues.map((i) => i.ruleId)).toContain(
      'phd-in-field',
    )
  })

  it('refuses __proto__ keys anywhere, saying where', () => {
    const text = `{"format":"${OVERRIDES_FILE_FORMAT}","version":1,"rulesetVersion":${String(DEFAULT_RULESET.version)},"overrides":{"scoring":{"__proto__":{"polluted":true}}}}`
    expect(refused(text)).toEqual({
      code: 'forbidden-key',
      path: 'overrides.scoring',
      key: '__proto__',
    })
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('refuses what checkOverrides is given directly with a prototype key (no JSON walk)', () => {
    const overrides = JSON.parse('{"tiers":[{"id":"core","constructor":1}]}') as unknown
    const checked = checkOverrides(overrides, DEFAULT_RULESET)
    expect(!checked.ok && checked.issues[0]).toMatchObject({
      code: 'forbidden-key',
      path: 'tiers.core.constructor',
      ruleId: 'core',
    })
  })

  it('refuses an envelope with overrides that are not an object, or extra fields', () => {
    expect(refused(fileText([1]))).toMatchObject({ code: 'invalid' })
    expect(refused(fileText({}, { extra: true }))).toMatchObject({ code: 'invalid' })
  })

  it('locates a rule-list position by the rule id', () => {
    expect(locateIssuePath('tiers.1.raiseBand.low', DEFAULT_RULESET)).toEqual({
      path: 'tiers.premium.raiseBand.low',
      ruleId: 'premium',
      field: 'raiseBand.low',
    })
    expect(locateIssuePath('scoring.levelFactors.2', DEFAULT_RULESET)).toEqual({
      path: 'scoring.levelFactors.2',
      ruleId: null,
      field: 'scoring.levelFactors.2',
    })
    expect(
      locateIssuePath('tax.socialInsurance.presets.0.baseCapMonthlyYuan', DEFAULT_RULESET),
    ).toEqual({
      path: 'tax.socialInsurance.presets.beijing.baseCapMonthlyYuan',
      ruleId: 'beijing',
      field: 'baseCapMonthlyYuan',
    })
  })
})
