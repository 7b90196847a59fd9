// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import {
  forgetReturnPlace,
  rememberOpened,
  returnPlace,
} from '../../../../renderer/ui/screens/journal/timeline/return-place'
import { freshDb, renderWith } from './entry-fixture'

// Trial 18 M2: "Back to the timeline" was a plain #/journal. Opened from a search or a filtered
// list, it landed on all entries with the search gone; the browser's Back kept them. The link
// goes back as Back does when the page before the entry is that list (e2a8faf). Session 23: when
// the entry was left by a link and came back to by another, that page was before it and Back
// went there; come back to by Forward, the list had taken its place and the link lost the search.

const TIMELINE = '#/journal?kind=interview&q=%E6%8E%A8%E7%90%86'

afterEach(() => {
  cleanup()
  forgetReturnPlace()
  vi.restoreAllMocks()
  window.history.replaceState(null, '')
  window.location.hash = ''
})

/** Moves the address, as a link does, and lets its hashchange be heard. */
async function go(hash: string) {
  window.location.hash = hash
  await new Promise((resolve) => setTimeout(resolve, 0))
}

async function storedEntry() {
  const db = await freshDb()
  const entry = await saveJournalEntry(db, {
    kind: 'interview',
    date: '2026-11-20',
    title: 'Paged attention',
    body: '',
    tags: [],
    company: 'MiniMax',
    skillIds: [],
    evidence: [],
  })
  return { db, entry }
}

async function showEntry(db: Awaited<ReturnType<typeof freshDb>>, id: string) {
  await renderWith(<EntryPage entryId={id} />, { db })
  await screen.findByRole('heading', { level: 2, name: 'Paged attention' })
}

/** Opens the entry from the timeline's row, as the list does. */
async function openFromTimeline() {
  const { db, entry } = await storedEntry()
  await go(TIMELINE)
  rememberOpened({ id: entry.id, offset: 120, index: 3 })
  await go(`#/journal/${entry.id}`)
  await showEntry(db, entry.id)
  return { db, entry }
}

function clickBack() {
  return fireEvent.click(screen.getByRole('link', { name: 'Back to the timeline' }))
}

describe('Back to the timeline', () => {
  it('goes back in history to the list the entry was opened from', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    await openFromTimeline()
    expect(clickBack()).toBe(false)
    expect(back).toHaveBeenCalledTimes(1)
  })

  it('goes to the list’s address when the entry came back by another link', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    const { db, entry } = await openFromTimeline()
    cleanup()
    // Out to the job search, and back to the entry from its company's list.
    await go('#/journal/jobs')
    await go(`#/journal/${entry.id}`)
    // A new history entry starts with no state in a browser (happy-dom keeps the last one).
    window.history.replaceState(null, '')
    await showEntry(db, entry.id)
    expect(clickBack()).toBe(false)
    expect(back).not.toHaveBeenCalled()
    expect(window.location.hash).toBe(TIMELINE)
    // The list puts focus back on the entry's row.
    expect(returnPlace()).toEqual({ id: entry.id, offset: 120, index: 3 })
  })

  it('goes back to the list after Back to it, then Forward to the entry', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    const { entry } = await openFromTimeline()
    // The list shown again took its place; Forward shows the entry's page as it was left.
    forgetReturnPlace()
    expect(clickBack()).toBe(false)
    expect(back).toHaveBeenCalledTimes(1)
    expect(returnPlace()).toEqual({ id: entry.id, offset: 120, index: 3 })
  })

  it('follows its #/journal when the entry was not opened from the list', async () => {
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined)
    const { db, entry } = await storedEntry()
    await go(TIMELINE)
    rememberOpened({ id: 'another-entry', offset: 0, index: 0 })
    await go(`#/journal/${entry.id}`)
    await showEntry(db, entry.id)
    const link = screen.getByRole('link', { name: 'Back to the timeline' })
    expect(link.getAttribute('href')).toBe('#/journal')
    expect(fireEvent.click(link)).toBe(true)
    expect(back).not.toHaveBeenCalled()
  })
})
