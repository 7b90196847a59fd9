import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { timeOrderedId } from '../../../renderer/data/ids'
import { newestEntries, saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { firstOfJournal, queryJournal } from '../../../renderer/data/repositories/journal-query'
import { storedJournalEntrySchema } from '../../../renderer/data/records'
import type { JournalKind } from '../../../renderer/domain/model/enums'
import { idSchema } from '../../../renderer/domain/model/id'
import { freshDatabase } from './data-helpers'

/**
 * One day's journal entries come in the order they were written, newest written first as the
 * timeline is newest first. A new-user trial wrote 学习, 项目, 面试, offer, offer, 反思 on one
 * day and saw 反思, offer, 学习, 项目, offer, 面试: the date index breaks a tie by the primary
 * key, and that was a random UUID.
 */

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('timeOrderedId', () => {
  it('is a UUID of version 7 stamped with the time given, and a valid record id', () => {
    const now = new Date('2026-12-01T12:00:00.000Z')
    const id = timeOrderedId(now)
    expect(id).toMatch(UUID_V7)
    expect(idSchema.safeParse(id).success).toBe(true)
    const stamped = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16)
    // The same millisecond, or a later one if ids made before were stamped later.
    expect(stamped).toBeGreaterThanOrEqual(now.getTime())
  })

  it('sorts after every id made before: the same millisecond, a clock set back, thousands', () => {
    const same = new Date('2026-12-01T12:00:00.000Z')
    const made = [
      ...Array.from({ length: 5000 }, () => timeOrderedId(same)),
      timeOrderedId(new Date('2020-01-01T00:00:00.000Z')),
      timeOrderedId(new Date(Number.NaN)),
      timeOrderedId(),
    ]
    made.forEach((id, index) => {
      expect(id).toMatch(UUID_V7)
      if (index > 0) expect(id > (made[index - 1] ?? '')).toBe(true)
    })
    expect(new Set(made).size).toBe(made.length)
  })
})

describe("one day's entries on the timeline", () => {
  let db: TidemarkDatabase

  beforeEach(async () => {
    db = await freshDatabase('journal-same-day')
  })

  afterEach(async () => {
    await db.delete()
  })

  /** The trial's day, saved one after another as the form saves them. */
  const WRITTEN: [JournalKind, string][] = [
    ['learning', '学习'],
    ['project', '项目'],
    ['interview', '面试'],
    ['offer', 'offer 1'],
    ['offer', 'offer 2'],
    ['reflection', '反思'],
  ]
  const NEWEST_WRITTEN_FIRST = WRITTEN.map(([, title]) => title).reverse()

  async function writeTheDay(now: (index: number) => Date): Promise<void> {
    for (const [index, [kind, title]] of WRITTEN.entries()) {
      await saveJournalEntry(db, { kind, date: '2026-11-30', title }, now(index))
    }
  }

  async function titlesOf(ids: readonly string[]): Promise<string[]> {
    const entries = await db.journal.bulkGet([...ids])
    return entries.map((entry) => entry?.title ?? '?')
  }

  it('come newest written first, in every read of the timeline', async () => {
    await writeTheDay((index) => new Date(Date.UTC(2026, 10, 30, 9, index)))
    // The whole order (the timeline's pages), its first screen, and the repository's pages.
    const timeline = await queryJournal(db, {})
    expect(await titlesOf(timeline.ids)).toEqual(NEWEST_WRITTEN_FIRST)
    const first = await firstOfJournal(db, {}, 4)
    expect(first?.map((entry) => entry.id)).toEqual(timeline.ids.slice(0, 4))
    const ranged = await firstOfJournal(db, { from: '2026-11-30', to: '2026-11-30' }, 10)
    expect(ranged?.map((entry) => entry.title)).toEqual(NEWEST_WRITTEN_FIRST)
    const pages = [...(await newestEntries(db, 3)), ...(await newestEntries(db, 3, 3))]
    expect(pages.map((entry) => entry.title)).toEqual(NEWEST_WRITTEN_FIRST)
    // A filter keeps the order: the two offers, the second written first.
    expect(await titlesOf((await queryJournal(db, { kind: 'offer' })).ids)).toEqual([
      'offer 2',
      'offer 1',
    ])
  })

  it('keep that order when written within one millisecond', async () => {
    const same = new Date('2026-11-30T09:00:00.000Z')
    await writeTheDay(() => same)
    expect(await titlesOf((await queryJournal(db, {})).ids)).toEqual(NEWEST_WRITTEN_FIRST)
  })

  it('keep their ids when edited, so an edit does not move an entry within its day', async () => {
    await writeTheDay((index) => new Date(Date.UTC(2026, 10, 30, 9, index)))
    const before = (await queryJournal(db, {})).ids
    const oldest = await db.journal.get(before.at(-1) ?? '')
    if (!oldest) throw new Error('no entry')
    await saveJournalEntry(db, { ...oldest, title: '学习 (edited)' }, new Date())
    expect((await queryJournal(db, {})).ids).toEqual(before)
  })

  it("leave an older entry's random id as it is, beside the new ones", async () => {
    const old = storedJournalEntrySchema.parse({
      id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
      kind: 'learning',
      date: '2026-11-29',
      title: 'old',
      createdAt: '2026-11-29T08:00:00.000Z',
      updatedAt: '2026-11-29T08:00:00.000Z',
    })
    await db.journal.put(old)
    await writeTheDay((index) => new Date(Date.UTC(2026, 10, 30, 9, index)))
    expect(await titlesOf((await queryJournal(db, {})).ids)).toEqual([
      ...NEWEST_WRITTEN_FIRST,
      'old',
    ])
    expect(await db.journal.get(old.id)).toEqual(old)
  })
})
