// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { errorOf, field, renderWith, type } from './entry-fixture'

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function leave(element: HTMLElement) {
  await act(async () => {
    fireEvent.blur(element)
    await new Promise((resolve) => setTimeout(resolve, 10))
  })
}

/** A change, then long enough for a check the change started to say its error. */
async function typeAndWait(element: HTMLElement, value: string) {
  await type(element, value)
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10))
  })
}

describe('the entry form checks an input as it is left, not at each key', () => {
  it.each([
    ['en', 'Title', 'Give the entry a title.'],
    ['zh-CN', '标题', '请填写标题。'],
  ] as const)(
    'says a title is missing only once it is left, and unsays it at the first key (%s)',
    async (language, label, message) => {
      await renderWith(<EntryPage entryId={null} />, { language })
      await screen.findByRole('form')
      const title = field(label)

      // Typed, left, typed over: emptied while typing says nothing yet (trial: the error came and
      // went at each key, and the fields below jumped with it).
      await typeAndWait(title, 'a')
      await leave(title)
      expect(errorOf(title)).toBeNull()
      await typeAndWait(title, '')
      expect(errorOf(title)).toBeNull()
      await typeAndWait(title, 'b')
      await typeAndWait(title, '')
      expect(errorOf(title)).toBeNull()

      // Left empty: said then.
      await leave(title)
      expect(errorOf(title)).toBe(message)
      // Put right: it goes at once, without waiting to be left.
      await typeAndWait(title, 'Read the vLLM paper')
      expect(errorOf(title)).toBeNull()
    },
  )
})
