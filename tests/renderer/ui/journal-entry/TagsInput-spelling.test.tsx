// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { freshDb, renderWith, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function chips(label: string): string[] {
  const list = screen.queryByRole('list', { name: label })
  if (!list) return []
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.firstChild?.textContent ?? '')
}

describe.each([
  ['en', 'Tags'],
  ['zh-CN', '标签'],
] as const)('tags typed in another case or width (%s)', (language, label) => {
  it('take the spelling of the tag already used, and are not added twice', async () => {
    const db = await freshDb()
    await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Earlier',
      tags: ['RAG', 'vLLM'],
    })
    await renderWith(<EntryPage entryId={null} />, { db, language })
    await screen.findByRole('form')
    const tags = screen.getByRole('combobox', { name: label })
    // The tags in use are read by a live query: typed before it answers, a tag keeps the case
    // typed (a CI run at load 12 got 'rag'). Its suggestion showing means it has answered.
    await type(tags, 'R')
    await screen.findByRole('option', { name: 'RAG' }, { timeout: 10_000 })
    await type(tags, '')
    for (const typed of ['rag', 'ＶＬＬＭ', 'Rag', 'Fresh']) {
      await type(tags, typed)
      act(() => {
        fireEvent.keyDown(tags, { key: 'Enter' })
      })
    }
    expect(chips(label)).toEqual(['RAG', 'vLLM', 'Fresh'])
    // The stored entry keeps its own spelling.
    expect((await db.journal.toArray())[0]?.tags).toEqual(['RAG', 'vLLM'])
  })
})
