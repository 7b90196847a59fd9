// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import {
  forgetReturnPlace,
  rememberOpened,
} from '../../../../renderer/ui/screens/journal/timeline/return-place'
import { freshDb, renderWith } from './entry-fixture'

// Trial 18 M2: "Back to the timeline" was a plain #/journal. Opened from a search or a filtered
// list, it landed on all entries with the search gone; the browser's Back kept them. The link
// now goes back as Back does when the entry was opened from the list.

afterEach(() => {
  cleanup()
  forgetReturnPlace()
  vi.restoreAllMocks()
  window.location.hash = ''
})

async function openEntry() {
  const db = await freshDb()
  const entry = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-11-20',
    title: 'Paged attention',
    body: '',
    tags: [],
    company: '',
    skillIds: [],
    evidence: [],
  })
  await renderWith(<EntryPage entryId={entry.id} />, { db })
  await screen.findByRole('heading', { level: 2, name: 'Paged attention' })
  return entry
}

describe('Back to the timeline', () => {
  it('goes back in history to the list the entry was opened from', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    const entry = await openEntry()
    rememberOpened({ id: entry.id, offset: 120, index: 3 })
    const link = screen.getByRole('link', { name: 'Back to the timeline' })
    expect(fireEvent.click(link)).toBe(false)
    expect(back).toHaveBeenCalledTimes(1)
  })

  it('follows its #/journal when the entry was not opened from the list', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    await openEntry()
    rememberOpened({ id: 'another-entry', offset: 0, index: 0 })
    const link = screen.getByRole('link', { name: 'Back to the timeline' })
    expect(link.getAttribute('href')).toBe('#/journal')
    fireEvent.click(link)
    expect(back).not.toHaveBeenCalled()
  })
})
