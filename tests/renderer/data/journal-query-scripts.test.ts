import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../renderer/data/records'
import { queryJournal } from '../../../renderer/data/repositories/journal-query'
import { freshDatabase } from './data-helpers'

let db: TidemarkDatabase

beforeEach(async () => {
  db = await freshDatabase('journal-query-tag-spellings')
  const stamp = '2026-11-01T08:00:00.000Z'
  await db.journal.bulkPut(
    [
      { id: 'a', date: '2026-01-01', tags: ['面试'], company: '锦江智算' },
      { id: 'b', date: '2026-01-02', tags: ['面試', 'llm'], company: '錦江智算' },
      { id: 'c', date: '2026-01-03', tags: ['llm'], company: '锦江' },
    ].map((fields) =>
      storedJournalEntrySchema.parse({
        kind: 'interview',
        title: fields.id,
        createdAt: stamp,
        updatedAt: stamp,
        ...fields,
      }),
    ),
  )
})

afterEach(async () => {
  await db.delete()
})

/** Trial 22 #5: a filter on 面试 left out the entries tagged 面試. */
describe('queryJournal with the tag’s other spellings', () => {
  it('keeps an entry with any of them', async () => {
    expect((await queryJournal(db, { tag: '面试' }, { tags: ['面試'] })).ids).toEqual(['b', 'a'])
    expect((await queryJournal(db, { tag: '面試' }, { tags: ['面试', '面試'] })).ids).toEqual([
      'b',
      'a',
    ])
  })

  it('still holds every other filter to it', async () => {
    expect(
      (await queryJournal(db, { tag: '面试', from: '2026-01-02' }, { tags: ['面試'] })).ids,
    ).toEqual(['b'])
    expect((await queryJournal(db, { tag: '面试' })).ids).toEqual(['a'])
  })
})

/** Trial 22 #2: the job search's link to 锦江智算's entries left out those written 錦江智算. */
describe('queryJournal with the company’s spellings in the other script', () => {
  it('keeps the entries with any of them, as it keeps its exact name', async () => {
    const ids = async (company: string, companies: string[]) =>
      (await queryJournal(db, { company }, { companies })).ids
    expect(await ids('锦江智算', ['錦江智算'])).toEqual(['b', 'a'])
    expect(await ids('錦江智算', ['锦江智算'])).toEqual(['b', 'a'])
    // The exact names still win over a name holding the one asked.
    expect(await ids('锦江', [])).toEqual(['c'])
    expect(await ids('智算', [])).toEqual(['b', 'a'])
  })

  it('keeps to the name as written without them', async () => {
    expect((await queryJournal(db, { company: '锦江智算' })).ids).toEqual(['a'])
  })
})
