// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { renderWith } from './entry-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe("a new entry's title has the cursor as the form is drawn", () => {
  // Review 25 L9: focus was put there by a passive effect calling react-hook-form's setFocus,
  // which focuses in a setTimeout: ~20-40 ms after "New entry" at load ~10, and keys typed in
  // between went to the link. A mutation observer's callback runs right after the commit that
  // adds the form, before any later task: focus must be in the title by then.
  it('in the commit, not a task later', async () => {
    let focusedAsDrawn: Element | null | 'no form' = 'no form'
    const observer = new MutationObserver(() => {
      if (focusedAsDrawn === 'no form' && document.querySelector('form')) {
        focusedAsDrawn = document.activeElement
      }
    })
    observer.observe(document.body, { childList: true, subtree: true })
    await renderWith(<EntryPage entryId={null} />)
    await screen.findByRole('form')
    observer.disconnect()
    expect(focusedAsDrawn).toBe(screen.getByLabelText('Title'))
  })
})
