// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { EntryForm } from '../../../../renderer/ui/screens/journal/entry/EntryForm'
import { tagsAsWritten } from '../../../../renderer/ui/screens/journal/entry/tag-spelling'
import { field, freshDb, renderWith, type } from './entry-fixture'

const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' })
/** The worker's fold, answering 200 ms after it is asked. */
function slowFold(texts: readonly string[]): Promise<string[]> {
  return new Promise((resolve) => {
    setTimeout(() => {
      resolve(texts.map((text) => opencc(text)))
    }, 200)
  })
}

afterEach(() => {
  cleanup()
  localStorage.clear()
})

/**
 * Review 33 M4: "面試，" pasted when 面试 is in use, before the fold worker had answered for it,
 * was added as 面試 and stored beside 面试 (two spellings of one tag). The tags input's fold
 * here never answers (happy-dom has no worker: a text is taken as written, as the worker's is
 * before it answers); the save's fold answers late, and the save waits for it.
 */
describe('a tag in the other script added before the fold answers', () => {
  it('is stored as the spelling in use', async () => {
    const db = await freshDb()
    await saveJournalEntry(db, {
      kind: 'interview',
      date: '2026-11-01',
      title: 'Earlier',
      tags: ['面试'],
    })
    const onSaved = vi.fn()
    await renderWith(
      <EntryForm labelledBy="x" onSaved={onSaved} onCancel={() => {}} foldNames={slowFold} />,
      { db },
    )
    const form = await screen.findByRole('form')
    await type(field('Title'), 'Second round')
    const tags = screen.getByRole('combobox', { name: 'Tags' })
    await type(tags, '面試，llm，')
    const chips = within(screen.getByRole('list', { name: 'Tags' }))
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent)
    // The chip as pasted: the input had no answer from the fold yet.
    expect(chips).toEqual(['面試', 'llm'])
    await act(async () => {
      fireEvent.submit(form)
      await Promise.resolve()
    })
    await waitFor(
      () => {
        expect(onSaved).toHaveBeenCalled()
      },
      { timeout: 5000 },
    )
    const saved = (await db.journal.toArray()).find((entry) => entry.title === 'Second round')
    expect(saved?.tags).toEqual(['面试', 'llm'])
  })
})

describe('tagsAsWritten', () => {
  it('spells a tag as the one in use, keeps one in use as it is, and one tag once', async () => {
    expect(await tagsAsWritten(['面試', 'rag', '新'], ['面试', 'RAG'], slowFold)).toEqual([
      '面试',
      'RAG',
      '新',
    ])
    // Both spellings in use: each stays (stored tags are not rewritten), and 面試 added to an
    // entry that has 面试 is the same tag.
    expect(await tagsAsWritten(['面試'], ['面试', '面試'], slowFold)).toEqual(['面試'])
    expect(await tagsAsWritten(['面试', '面試'], ['面试'], slowFold)).toEqual(['面试'])
  })

  it('saves the tags as written when the fold fails', async () => {
    const failing = () => Promise.reject(new Error('no worker'))
    expect(await tagsAsWritten(['面試', 'rag'], ['面试', 'RAG'], failing)).toEqual(['面試', 'RAG'])
  })
})
