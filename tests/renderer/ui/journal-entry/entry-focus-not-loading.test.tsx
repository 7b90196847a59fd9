// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { freshDb } from './entry-fixture'

// Review 24: after a save, focus twice in ten landed on the entry's heading while it still read
// 「正在读取记录…」 (loading), then the title replaced it: a screen reader read the loading text.
// Focus waits for the entry.

afterEach(() => {
  cleanup()
})

describe('an entry arrived at with focus gone', () => {
  it.each([
    ['en', 'Loading the entry…'],
    ['zh-CN', '正在读取记录…'],
  ] as const)(
    'focuses its heading only once it names the entry (%s)',
    async (language, loading) => {
      const db = await freshDb()
      await db.journal.put(
        storedJournalEntrySchema.parse({
          id: 'e1',
          kind: 'interview',
          date: '2026-11-29',
          title: '字节二面：推理加速',
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
        }),
      )
      const i18n = await createI18n(language)
      const focusedTexts: string[] = []
      const record = (event: FocusEvent) => {
        if (event.target instanceof HTMLElement) focusedTexts.push(event.target.textContent)
      }
      document.addEventListener('focusin', record)
      try {
        render(
          <I18nextProvider i18n={i18n}>
            <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
              <EntryPage entryId="e1" focusOnArrival />
            </ServicesProvider>
          </I18nextProvider>,
        )
        const heading = await screen.findByRole('heading', { level: 2, name: '字节二面：推理加速' })
        await waitFor(() => {
          expect(document.activeElement).toBe(heading)
        })
        expect(focusedTexts).not.toContain(loading)
        expect(focusedTexts).toEqual(['字节二面：推理加速'])
      } finally {
        document.removeEventListener('focusin', record)
      }
    },
  )
})
