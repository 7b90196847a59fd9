import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import { readSettings, updateSettings } from '../../../renderer/data/settings-repository'
import { DEFAULT_SETTINGS, type LanguageChoice } from '../../../renderer/data/settings-schema'

let db: TidemarkDatabase

beforeEach(async () => {
  db = new TidemarkDatabase(`settings-test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

describe('settings', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('stores a change and reads it back, keeping the other fields', async () => {
    const now = new Date('2026-11-29T08:00:00Z')
    await updateSettings(db, { language: 'zh-CN' }, now)
    await updateSettings(db, { theme: 'dark' }, now)
    expect(await readSettings(db)).toEqual({
      id: 'app',
      language: 'zh-CN',
      theme: 'dark',
      updatedAt: '2026-11-29T08:00:00.000Z',
    })
  })

  it('refuses a bad value and leaves the stored row as it was', async () => {
    await updateSettings(db, { language: 'en' })
    const before = await db.settings.get('app')
    await expect(updateSettings(db, { language: 'fr' as LanguageChoice })).rejects.toThrow(
      /language/,
    )
    expect(await db.settings.get('app')).toEqual(before)
  })

  it('falls back to the defaults for a stored row that no longer parses', async () => {
    await db.settings.put({ id: 'app', language: 'klingon', theme: 'system' } as never)
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS)
  })

  it('does not lose either of two concurrent changes', async () => {
    await Promise.all([
      updateSettings(db, { language: 'en' }),
      updateSettings(db, { theme: 'light' }),
    ])
    expect(await readSettings(db)).toMatchObject({ language: 'en', theme: 'light' })
  })
})
