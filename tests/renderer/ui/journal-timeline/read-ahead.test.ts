import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  opensUnfilteredTimeline,
  readAhead,
  sameAsAhead,
  warmJournalFirstScreen,
} from '../../../../renderer/ui/screens/journal/timeline/read-ahead'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'

const databases: TidemarkDatabase[] = []
afterEach(async () => {
  for (const db of databases.splice(0)) await db.delete()
})

describe('the journal’s first rows read at start-up', () => {
  it('main.tsx reads them itself, with none of React, the strings, zod or the journal’s screen', () => {
    const main = staticGraph(join(root, 'renderer/main.tsx'))
    const readAheadFile = join(root, 'renderer/ui/screens/journal/timeline/read-ahead.ts')
    expect(main.files).toContain(readAheadFile)
    const { files, packages } = staticGraph(readAheadFile)
    expect(packages).not.toContain('zod')
    expect(packages).not.toContain('react')
    expect(packages).not.toContain('i18next')
    expect(files).not.toContain(join(root, 'renderer/data/records.ts'))
    expect(files).not.toContain(join(root, 'renderer/ui/screens/journal/JournalScreen.tsx'))
  })

  it('knows the timeline with nothing in its address to narrow it', () => {
    for (const hash of [
      '#/journal',
      '#journal',
      '#/journal?',
      '#/journal?q=推理',
      '#/journal?q=a&q=b',
    ]) {
      expect(opensUnfilteredTimeline(hash), hash).toBe(true)
    }
    for (const hash of [
      '',
      '#/dashboard',
      '#/journal/',
      '#/journal/new',
      '#/journal/jobs',
      '#/journal/goals',
      '#/journal?kind=interview',
      '#/journal?q=x&from=2026-01-01',
      '#/journal?kind=',
      '#/journalx',
    ]) {
      expect(opensUnfilteredTimeline(hash), hash).toBe(false)
    }
  })

  it('one read for the same filter, taken whole by the live query when unchanged', async () => {
    const db = new TidemarkDatabase(`read-ahead-${crypto.randomUUID()}`)
    databases.push(db)
    await db.open()
    const warmed = warmJournalFirstScreen(db)
    const again = readAhead(db, {}, '{}')
    expect(again.read).toBe(warmed)
    await warmed
    expect(again.rows).toEqual([])
    const fresh: never[] = []
    expect(sameAsAhead(db, '{}', fresh)).toBe(again.rows)
    // Let go once taken: the next read is a new one.
    expect(readAhead(db, {}, '{}')).not.toBe(again)
  })
})
