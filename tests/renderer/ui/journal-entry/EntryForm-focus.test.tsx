// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, renderWith } from './entry-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe.each([
  ['en', 'Title'],
  ['zh-CN', '标题'],
] as const)('a new entry’s page (%s)', (language, title) => {
  it('puts the cursor in the title, so New entry then typing writes it', async () => {
    await renderWith(<EntryPage entryId={null} />, { language })
    await screen.findByRole('form')
    await waitFor(() => {
      expect(document.activeElement).toBe(field(title))
    })
  })
})
