import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import {
  classifyOpenError,
  openTidemarkDatabase,
  readWhatCanBeRead,
} from '../../../renderer/data/open-database'
import { saveSkill } from '../../../renderer/data/repositories/skills'

function dexieError(name: string, message: string, inner?: Error): Error {
  const error = new Error(message)
  error.name = name
  return Object.assign(error, inner ? { inner } : {})
}

describe('classifyOpenError', () => {
  it('reads the browser error Dexie wraps', () => {
    const inner = dexieError(
      'VersionError',
      'The requested version (20) is less than the existing version (30).',
    )
    expect(classifyOpenError(dexieError('OpenFailedError', 'VersionError ...', inner)).kind).toBe(
      'newer-version',
    )
    expect(
      classifyOpenError(
        dexieError(
          'OpenFailedError',
          'x',
          dexieError('UnknownError', 'Internal error opening backing store for indexedDB.open.'),
        ),
      ).kind,
    ).toBe('backing-store')
    expect(classifyOpenError(dexieError('QuotaExceededError', 'quota')).kind).toBe('quota')
    expect(
      classifyOpenError(dexieError('OpenFailedError', 'blocked by another connection')).kind,
    ).toBe('blocked')
    expect(classifyOpenError('something else')).toEqual({
      kind: 'unknown',
      detail: 'something else',
    })
  })

  it('refuses a database a newer Tidemark wrote, and leaves it as it was', async () => {
    const name = `newer-${crypto.randomUUID()}`
    const future = new Dexie(name)
    future.version(9).stores({ settings: 'id', somethingNew: 'id' })
    await future.open()
    future.close()
    const db = new TidemarkDatabase(name)
    const failure = await openTidemarkDatabase(db).then(
      () => null,
      (error: unknown) => classifyOpenError(error),
    )
    expect(failure?.kind).toBe('newer-version')
    // Untouched: same version, no store added.
    const after = await new Dexie(name).open()
    expect(after.verno).toBe(9)
    expect(after.tables.map((table) => table.name).sort()).toEqual(['settings', 'somethingNew'])
    after.close()
    await Dexie.delete(name)
  })

  it('after another window upgrades, this one stays closed and writes nothing', async () => {
    const name = `upgraded-elsewhere-${crypto.randomUUID()}`
    const db = new TidemarkDatabase(name)
    await openTidemarkDatabase(db)
    const newer = new Dexie(name)
    newer.version(3).stores({ settings: 'id', somethingNew: 'id' })
    await newer.open()
    expect(db.isOpen()).toBe(false)
    await expect(saveSkill(db, { name: 'late write', domain: 'nlp', level: 1 })).rejects.toThrow()
    expect(newer.verno).toBe(3)
    expect(newer.tables.map((table) => table.name).sort()).toEqual(['settings', 'somethingNew'])
    newer.close()
    await Dexie.delete(name)
  })

  it('opens a database of this version or older as usual', async () => {
    const db = new TidemarkDatabase(`current-${crypto.randomUUID()}`)
    await openTidemarkDatabase(db)
    expect(db.isOpen()).toBe(true)
    await db.delete()
  })
})

describe('readWhatCanBeRead', () => {
  it('reads every store of a database whatever its version, as JSON', async () => {
    const db = new TidemarkDatabase(`rescue-${crypto.randomUUID()}`)
    await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 })
    db.close()
    const rescue = JSON.parse(
      await readWhatCanBeRead(db.name, new Date('2026-11-29T00:00:00Z')),
    ) as {
      format: string
      version: number
      tables: Record<string, { name?: string }[]>
    }
    expect(rescue.format).toBe('tidemark-rescue')
    expect(rescue.version).toBe(2)
    expect(rescue.tables['skills']?.map((skill) => skill.name)).toEqual(['vLLM'])
    expect(Object.keys(rescue.tables)).toContain('journal')
    await Dexie.delete(db.name)
  })
})
