import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { storedSettings } from '../../../renderer/data/settings-repository'
import { appSettingsSchema } from '../../../renderer/data/settings-schema'
import { REPOSITORY_ROOT as root, staticGraph } from '../../helpers/static-imports'

const agrees = (row: unknown) => {
  const expected = appSettingsSchema.safeParse(row)
  expect(storedSettings(row), JSON.stringify(row)).toStrictEqual(
    expected.success ? expected.data : null,
  )
}

describe('the settings’ read at start-up', () => {
  it('needs no zod: every start reads the settings', () => {
    const { packages } = staticGraph(join(root, 'renderer/data/settings-repository.ts'))
    expect(packages).not.toContain('zod')
  })

  it('reads a row exactly as the settings’ schema does', () => {
    const time = fc.oneof(
      fc
        .date({ min: new Date(-62_000_000_000_000), max: new Date(253_000_000_000_000) })
        .filter((date) => !Number.isNaN(date.getTime()))
        .map((date) => date.toISOString()),
      fc.constantFrom(
        '2026-11-30T17:00:00Z',
        '2026-11-30T17:00Z',
        '2026-11-30T17:00:00.1Z',
        '2026-11-30T17:00:00+08:00',
        '2026-11-30T17:00:00',
        '2026-11-30 17:00:00Z',
        '2024-02-29T00:00:00Z',
        '2023-02-29T00:00:00Z',
        '2100-02-29T00:00:00Z',
        '2000-02-29T00:00:00Z',
        '2026-11-30T24:00:00Z',
        '2026-11-30T17:00:60Z',
        '2026-11-30T17:00:00.Z',
        '2026-11-30T17:00:00.000z',
        '\u{20BB7}2026-11-30T17:00:00Z',
        '2026-11-30T17:00:00Z\u{1F600}',
        '',
      ),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(null, 0, true, {}, []),
    )
    const choice = (values: readonly string[]) =>
      fc.oneof(
        fc.constantFrom(...values),
        fc.constantFrom('System', ' en', 'zh-cn', 'fr', '', '\u{20BB7}', null, 1, undefined),
      )
    const row = fc.record(
      {
        id: fc.oneof(fc.constant('app'), fc.constantFrom('App', '', 'app ', null, 1)),
        language: choice(['system', 'zh-CN', 'en']),
        theme: choice(['system', 'light', 'dark']),
        updatedAt: fc.oneof(time, fc.constant(undefined)),
        other: fc.oneof(fc.string(), fc.constant(undefined)),
      },
      { requiredKeys: ['id'] },
    )
    fc.assert(
      fc.property(row, (value) => {
        agrees(value)
      }),
      { numRuns: 3000 },
    )
    for (const value of [null, undefined, 'app', 1, [], [{ id: 'app' }], { id: 'app' }, {}]) {
      agrees(value)
    }
  })
})
