import { Dexie } from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../renderer/data/db'
import {
  deleteJournalEntry,
  newestEntries,
  onJournalChange,
  saveJournalEntry,
  tagsInUse,
  type JournalChange,
  type JournalDraft,
} from '../../../renderer/data/repositories/journal'
import { readJournalRevision } from '../../../renderer/data/repositories/meta'
import { saveSkill } from '../../../renderer/data/repositories/skills'
import { expectRefused, freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('journal-test')
})

afterEach(async () => {
  await db.delete()
})

const T1 = new Date('2026-07-01T08:00:00.000Z')
const T2 = new Date('2026-07-02T09:30:00.000Z')

const note: JournalDraft = {
  kind: 'learning',
  date: '2026-06-30',
  title: 'Read the FlashAttention paper',
  body: 'Tiling, recomputation.',
  tags: ['attention', 'papers'],
}

describe('journal entries', () => {
  it('adds an entry with a fresh id, defaults and both stamps at `now`', async () => {
    const saved = await saveJournalEntry(
      db,
      { kind: 'reflection', date: '2026-07-01', title: 'Week 1' },
      T1,
    )
    expect(saved).toEqual({
      id: saved.id,
      kind: 'reflection',
      date: '2026-07-01',
      title: 'Week 1',
      body: '',
      skillIds: [],
      tags: [],
      evidence: [],
      createdAt: T1.toISOString(),
      updatedAt: T1.toISOString(),
    })
    expect(await db.journal.toArray()).toEqual([saved])
  })

  it('updates an entry by id: createdAt kept, updatedAt moved', async () => {
    const created = await saveJournalEntry(db, note, T1)
    const updated = await saveJournalEntry(db, { ...note, id: created.id, title: 'Reread it' }, T2)
    expect(updated).toEqual({
      ...created,
      title: 'Reread it',
      updatedAt: T2.toISOString(),
    })
    expect(await db.journal.toArray()).toEqual([updated])
  })

  it.each([
    ['date', { date: '2026-13-01' }],
    ['title', { title: '' }],
    ['kind', { kind: 'gossip' }],
    ['tags', { tags: ['rust', 'rust'] }],
    ['tags.0', { tags: [''] }],
    ['evidence.0.skillId', { evidence: [{ skillId: 'not-linked', kind: 'production' }] }],
    ['evidence.0.kind', { skillIds: ['s1'], evidence: [{ skillId: 's1', kind: 'hearsay' }] }],
  ])(
    'refuses a bad %s, naming it: no entry, no revision bump, no announcement',
    async (path, change) => {
      const heard: JournalChange[] = []
      onJournalChange(db, (c) => heard.push(c))
      await expectRefused(
        db,
        () => saveJournalEntry(db, { ...note, ...change } as JournalDraft, T1),
        path,
      )
      expect(await db.journal.count()).toBe(0)
      expect(await readJournalRevision(db)).toBe(0)
      expect(heard).toEqual([])
    },
  )

  it('refuses a bad update and keeps the stored entry and revision', async () => {
    const created = await saveJournalEntry(db, note, T1)
    const revision = await readJournalRevision(db)
    await expectRefused(
      db,
      () => saveJournalEntry(db, { ...note, id: created.id, date: 'yesterday' }, T2),
      'date',
    )
    expect(await db.journal.get(created.id)).toEqual(created)
    expect(await readJournalRevision(db)).toBe(revision)
  })

  it('deletes an entry', async () => {
    const a = await saveJournalEntry(db, note, T1)
    const b = await saveJournalEntry(db, note, T1)
    await deleteJournalEntry(db, a.id, T2)
    expect(await db.journal.toArray()).toEqual([b])
  })
})

describe('the journal revision', () => {
  it('starts at 0 and rises by one with each save, update and delete', async () => {
    const seen = [await readJournalRevision(db)]
    const a = await saveJournalEntry(db, note, T1)
    seen.push(await readJournalRevision(db))
    await saveJournalEntry(db, { ...note, title: 'Another' }, T1)
    seen.push(await readJournalRevision(db))
    await saveJournalEntry(db, { ...note, id: a.id, body: 'edited' }, T2)
    seen.push(await readJournalRevision(db))
    await deleteJournalEntry(db, a.id, T2)
    seen.push(await readJournalRevision(db))
    expect(seen).toEqual([0, 1, 2, 3, 4])
  })

  it('is not raised by deleting an entry that is not there', async () => {
    await saveJournalEntry(db, note, T1)
    await deleteJournalEntry(db, 'missing', T2)
    expect(await readJournalRevision(db)).toBe(1)
  })

  it('does not lose a bump when saves run at once', async () => {
    await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        saveJournalEntry(db, { ...note, title: `Note ${index}` }, T1),
      ),
    )
    expect(await readJournalRevision(db)).toBe(5)
    expect(await db.journal.count()).toBe(5)
  })
})

describe('onJournalChange', () => {
  it('tells listeners what changed, after the write has committed', async () => {
    // Inside the write's transaction Dexie.currentTransaction is set; after commit it is null.
    const heard: { change: JournalChange; inTransaction: boolean }[] = []
    onJournalChange(db, (change) => {
      // Typed as always set, but null (or undefined) outside a transaction.
      const current: unknown = Dexie.currentTransaction
      heard.push({ change, inTransaction: current != null })
    })
    const saved = await saveJournalEntry(db, note, T1)
    expect(heard).toEqual([
      { change: { kind: 'put', ids: [saved.id], revision: 1 }, inTransaction: false },
    ])
    await deleteJournalEntry(db, saved.id, T2)
    expect(heard.map((h) => h.change)).toEqual([
      { kind: 'put', ids: [saved.id], revision: 1 },
      { kind: 'delete', ids: [saved.id], revision: 2 },
    ])
    expect(heard.every((h) => !h.inTransaction)).toBe(true)
  })

  it('lets a listener read the committed entry and revision from another connection', async () => {
    const other = new TidemarkDatabase(db.name)
    await other.open()
    try {
      const reads: Promise<[unknown, number]>[] = []
      onJournalChange(db, (change) => {
        if (change.kind === 'put') {
          const id = change.ids[0] ?? ''
          reads.push(Promise.all([other.journal.get(id), readJournalRevision(other)]))
        }
      })
      const saved = await saveJournalEntry(db, note, T1)
      expect(reads).toHaveLength(1)
      expect(await reads[0]).toEqual([saved, 1])
    } finally {
      other.close()
    }
  })

  it('stops telling a listener once it unsubscribes, and keeps databases apart', async () => {
    const heard: JournalChange[] = []
    const stop = onJournalChange(db, (change) => heard.push(change))
    const elsewhere = await freshDatabase('journal-test-other')
    try {
      await saveJournalEntry(elsewhere, note, T1)
      expect(heard).toEqual([])
      await saveJournalEntry(db, note, T1)
      expect(heard).toHaveLength(1)
      stop()
      await saveJournalEntry(db, note, T1)
      expect(heard).toHaveLength(1)
    } finally {
      await elsewhere.delete()
    }
  })
})

describe('tagsInUse', () => {
  it('is empty without entries', async () => {
    expect(await tagsInUse(db)).toEqual([])
  })

  it('returns each tag once, sorted', async () => {
    const tagSets = [['rust', 'go'], ['go', 'ai', '推理'], [], ['zig', 'ai', 'Rust']]
    for (const [index, tags] of tagSets.entries()) {
      await saveJournalEntry(db, { ...note, title: `t${index}`, tags }, T1)
    }
    expect(await tagsInUse(db)).toEqual([...new Set(tagSets.flat())].sort())
  })

  it('drops a tag once no entry carries it', async () => {
    const a = await saveJournalEntry(db, { ...note, tags: ['only-here', 'shared'] }, T1)
    await saveJournalEntry(db, { ...note, tags: ['shared'] }, T1)
    await deleteJournalEntry(db, a.id, T2)
    expect(await tagsInUse(db)).toEqual(['shared'])
  })
})

describe('newestEntries', () => {
  it('pages through entries by date, newest first', async () => {
    const dates = ['2026-03-05', '2026-01-20', '2026-06-11', '2025-12-31', '2026-04-01']
    for (const date of dates) await saveJournalEntry(db, { ...note, date, title: date }, T1)
    const newestFirst = [...dates].sort().reverse()

    const pages = [
      await newestEntries(db, 2),
      await newestEntries(db, 2, 2),
      await newestEntries(db, 2, 4),
      await newestEntries(db, 2, 6),
    ]
    expect(pages.map((page) => page.map((entry) => entry.date))).toEqual([
      newestFirst.slice(0, 2),
      newestFirst.slice(2, 4),
      newestFirst.slice(4, 6),
      [],
    ])
    expect(pages[0]?.[0]?.title).toBe(newestFirst[0])
  })
})

describe('evidence on entries', () => {
  it('accepts evidence for a skill the entry links to', async () => {
    const skill = await saveSkill(
      db,
      { name: 'vLLM', domain: 'inference-acceleration', level: 4 },
      T1,
    )
    const saved = await saveJournalEntry(
      db,
      { ...note, skillIds: [skill.id], evidence: [{ skillId: skill.id, kind: 'production' }] },
      T1,
    )
    expect(await db.journal.get(saved.id)).toEqual(saved)
    expect(await db.journal.where('skillIds').equals(skill.id).count()).toBe(1)
  })
})

describe('links on entries', () => {
  it('refuses a link to a skill or an offer that does not exist, and stores nothing', async () => {
    await expectRefused(
      db,
      () =>
        saveJournalEntry(db, {
          kind: 'learning',
          date: '2026-11-01',
          title: 'linked to a deleted skill',
          skillIds: ['gone'],
        }),
      'skillIds.0',
    )
    await expectRefused(
      db,
      () =>
        saveJournalEntry(db, {
          kind: 'offer',
          date: '2026-11-01',
          title: 'linked to a deleted offer',
          offerId: 'gone',
        }),
      'offerId',
    )
  })
})
