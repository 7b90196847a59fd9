import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { readJournalRevision } from '../../../../renderer/data/repositories/meta'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { exportDocument } from '../../../../renderer/data/transfer/export'
import { checkImportText, importText } from '../../../../renderer/data/transfer/import'
import {
  TransferCancelled,
  type TransferProgress,
} from '../../../../renderer/data/transfer/progress'
import { dumpDatabase, freshDatabase } from '../data-helpers'
import { populate } from './populate'

const opened: TidemarkDatabase[] = []
async function database(): Promise<TidemarkDatabase> {
  const db = await freshDatabase('transfer')
  opened.push(db)
  return db
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

const app = (iso = '2026-11-29T10:00:00.000Z') => ({ version: '0.1.0', now: new Date(iso) })

describe('export', () => {
  it('writes the envelope and every table, one record a line', async () => {
    const db = await database()
    await populate(db)
    const text = await exportDocument(db, app())
    const parsed = JSON.parse(text) as Record<string, unknown>
    expect(parsed).toMatchObject({
      format: 'tidemark',
      version: 6,
      exportedAt: '2026-11-29T10:00:00.000Z',
      app: { name: 'Tidemark', version: '0.1.0' },
    })
    const data = parsed['data'] as Record<string, unknown[]>
    expect(Object.keys(data)).toEqual([
      'settings',
      'profile',
      'skills',
      'skillSnapshots',
      'offers',
      'journal',
      'goals',
      'engineSettings',
      'rulesetOverrides',
    ])
    expect(data['skills']).toHaveLength(2)
    expect(data['journal']).toHaveLength(2)
    expect(text.split('\n').filter((line) => line.includes('"kind":"interview"'))).toHaveLength(1)
  })

  it('reports progress and can be cancelled', async () => {
    const db = await database()
    await populate(db)
    const seen: TransferProgress[] = []
    await exportDocument(db, app(), { onProgress: (progress) => seen.push(progress) })
    expect(seen.at(-1)?.phase).toBe('serialize')
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total)
    const controller = new AbortController()
    controller.abort()
    await expect(exportDocument(db, app(), { signal: controller.signal })).rejects.toBeInstanceOf(
      TransferCancelled,
    )
  })
})

describe('import', () => {
  it('export → import → export gives the same bytes but for exportedAt', async () => {
    const source = await database()
    await populate(source)
    const first = await exportDocument(source, app('2026-11-29T10:00:00.000Z'))
    const target = await database()
    await importText(target, first, 'replace')
    const second = await exportDocument(target, app('2026-11-30T08:00:00.000Z'))
    expect(second.replace('2026-11-30T08:00:00.000Z', '2026-11-29T10:00:00.000Z')).toBe(first)
  })

  it('replace empties every table first and counts what it removed and added, by id', async () => {
    const source = await database()
    await populate(source)
    const file = await exportDocument(source, app())
    const target = await database()
    await saveSkill(target, { name: 'Old skill', domain: 'computer-vision', level: 2 })
    const counts = await importText(target, file, 'replace')
    expect(counts.skills).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
      keptNewer: 0,
      keptSameTime: 0,
      replaced: 0,
      removed: 1,
    })
    expect((await target.skills.toArray()).map((skill) => skill.name).sort()).toEqual([
      'NLP',
      'vLLM',
    ])
  })

  it('merge adds new records, takes newer ones, keeps ours when the file is older', async () => {
    const source = await database()
    const { nlp } = await populate(source, new Date('2026-11-20T09:00:00Z'))
    const file = await exportDocument(source, app())
    const target = await database()
    await importText(target, file, 'replace')
    // Ours changes later than the file's copy; the file also brings nothing new.
    await saveSkill(
      target,
      { ...nlp, level: 4, evidence: ['paper'] },
      new Date('2026-11-25T00:00:00Z'),
    )
    const ours = await saveJournalEntry(target, {
      kind: 'reflection',
      date: '2026-11-26',
      title: '周记',
    })
    const counts = await importText(target, file, 'merge')
    // Ours is newer, so kept: said apart from the skill that is the same in both.
    expect(counts.skills).toEqual({
      added: 0,
      updated: 0,
      unchanged: 1,
      keptNewer: 1,
      keptSameTime: 0,
      replaced: 0,
      removed: 0,
    })
    expect((await target.skills.get(nlp.id))?.level).toBe(4)
    expect(await target.journal.get(ours.id)).toBeDefined()

    // A newer file wins over the stored copy.
    await saveSkill(source, { ...nlp, level: 1 }, new Date('2026-11-28T00:00:00Z'))
    const newer = await exportDocument(source, app())
    const again = await importText(target, newer, 'merge')
    expect(again.skills).toEqual({
      added: 0,
      updated: 1,
      unchanged: 1,
      keptNewer: 0,
      keptSameTime: 0,
      replaced: 0,
      removed: 0,
    })
    expect((await target.skills.get(nlp.id))?.level).toBe(1)
    expect(again.journal).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      keptNewer: 0,
      keptSameTime: 0,
      replaced: 0,
      removed: 0,
    })
  })

  it('moves the journal revision, so the search index is rebuilt', async () => {
    const source = await database()
    await populate(source)
    const file = await exportDocument(source, app())
    const target = await database()
    const before = await readJournalRevision(target)
    await importText(target, file, 'merge')
    expect(await readJournalRevision(target)).toBeGreaterThan(before)
  })

  it('a cancel in the middle of the write leaves exactly the old data', async () => {
    const source = await database()
    await populate(source)
    await source.journal.bulkPut(
      Array.from({ length: 2500 }, (_, index) => ({
        id: `bulk-${String(index).padStart(5, '0')}`,
        kind: 'learning' as const,
        date: '2026-10-01',
        title: `note ${index}`,
        body: '',
        skillIds: [],
        tags: [],
        evidence: [],
        createdAt: '2026-10-01T00:00:00.000Z',
        updatedAt: '2026-10-01T00:00:00.000Z',
      })),
    )
    const file = await exportDocument(source, app())
    const target = await database()
    await populate(target, new Date('2026-01-01T00:00:00Z'))
    const before = await dumpDatabase(target)
    const controller = new AbortController()
    const phases: string[] = []
    await expect(
      importText(target, file, 'replace', {
        signal: controller.signal,
        onProgress: (progress) => {
          phases.push(progress.phase)
          // Past the first journal chunk: some rows of the new data are already written.
          if (progress.phase === 'write' && progress.done > 2000) controller.abort()
        },
      }),
    ).rejects.toBeInstanceOf(TransferCancelled)
    expect(phases).toContain('write')
    expect(await dumpDatabase(target)).toEqual(before)
  })

  it('checks an older-looking file against the current schema and names the wrong record', async () => {
    const source = await database()
    await populate(source)
    const document = JSON.parse(await exportDocument(source, app())) as {
      data: { journal: { id: string; title: unknown }[] }
    }
    const broken = document.data.journal[1]
    if (!broken) throw new Error('fixture has two entries')
    broken.title = 42
    let refused: unknown
    try {
      checkImportText(JSON.stringify(document))
    } catch (error) {
      refused = error
    }
    expect(refused).toMatchObject({
      problem: {
        code: 'invalid',
        issues: [{ table: 'journal', index: 1, id: broken.id, field: 'title' }],
      },
    })
  })
})
