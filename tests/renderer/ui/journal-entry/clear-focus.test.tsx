// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EntryForm } from '../../../../renderer/ui/screens/journal/entry/EntryForm'
import { field, renderWith, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

/**
 * The quick entry's "Clear the form" empties the draft and puts the cursor back in the title,
 * ready for a new entry. react-hook-form's reset() emptied its field refs until the next render,
 * so setFocus('title') found nothing and focus stayed on the button.
 */
describe('Clear the form', () => {
  for (const [language, words] of [
    ['en', { title: 'Title', clear: 'Clear the form' }],
    ['zh-CN', { title: '标题', clear: '清空表单' }],
  ] as const) {
    it(`empties the new entry and puts focus in its title, ${language}`, async () => {
      await renderWith(
        <EntryForm
          keepDraft
          labelledBy="entry-title"
          onSaved={() => undefined}
          onCancel={() => undefined}
        />,
        {
          language,
        },
      )
      await type(field(words.title), 'Read the vLLM paper')
      const clear = await screen.findByRole('button', { name: words.clear })
      clear.focus()
      await act(async () => {
        fireEvent.click(clear)
        await new Promise((resolve) => setTimeout(resolve, 30))
      })
      expect(field(words.title).value).toBe('')
      expect(document.activeElement).toBe(field(words.title))
    })
  }
})
