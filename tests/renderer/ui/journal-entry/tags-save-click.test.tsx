// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, renderWith, settle, type } from './entry-fixture'

// Review 23 M5: a tag typed and Save clicked with the mouse. Save's mousedown blurred the tag
// box, the blur made the tag a chip, the chip row appeared and pushed Save 33 px down, and the
// click (mouseup) missed it: nothing saved, nothing said. happy-dom has no layout, so these check
// the two halves of the fix; tests/e2e/journal23b-tag-save-click.spec.ts clicks in Chromium.

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

describe('a tag left typed as Save is pressed', () => {
  it('focus moving to Save adds no chip row above it (the layout stays put for the click)', async () => {
    await renderWith(<EntryPage entryId={null} />)
    await screen.findByRole('form')
    const tags = screen.getByRole('combobox', { name: 'Tags' })
    await type(tags, 'rag')
    const save = screen.getByRole('button', { name: 'Save' })
    act(() => {
      fireEvent.blur(tags, { relatedTarget: save })
    })
    expect(screen.queryByRole('list', { name: 'Tags' })).toBeNull()
    expect(tags).toHaveProperty('value', 'rag')
  })

  it('the save adds the typed tag, with no blur before it', async () => {
    const { db } = await renderWith(<EntryPage entryId={null} />)
    const form = await screen.findByRole('form')
    await type(field('Title'), 'Clicked save')
    await type(screen.getByRole('combobox', { name: 'Tags' }), 'rag')
    await act(async () => {
      fireEvent.submit(form)
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await settle()
    const saved = (await db.journal.toArray()).find((entry) => entry.title === 'Clicked save')
    expect(saved?.tags).toEqual(['rag'])
  })

  it('Ctrl+Enter in the tag box saves the tag once', async () => {
    const { db } = await renderWith(<EntryPage entryId={null} />)
    await screen.findByRole('form')
    await type(field('Title'), 'Keyed save')
    const tags = screen.getByRole('combobox', { name: 'Tags' })
    await type(tags, 'rag')
    await act(async () => {
      fireEvent.keyDown(tags, { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await settle()
    const saved = (await db.journal.toArray()).find((entry) => entry.title === 'Keyed save')
    expect(saved?.tags).toEqual(['rag'])
  })
})
