// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { JournalScreen } from '../../../../renderer/ui/screens/journal/JournalScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { freshDb } from './entry-fixture'

const SLOW = { timeout: 10_000 }

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function openJournal(hash: string, language: 'en' | 'zh-CN' = 'en') {
  const db = await freshDb()
  await db.journal.bulkPut(
    ['Second round', 'First round'].map((title, index) =>
      storedJournalEntrySchema.parse({
        id: `e${String(index)}`,
        kind: 'interview',
        date: `2026-11-2${String(9 - index)}`,
        title,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
    ),
  )
  const i18n = await createI18n(language)
  window.location.hash = hash
  const services = testServices(db, detectPlatform({}), [language])
  await services.search.ready
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <JournalScreen headingRef={createRef()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('an entry opened from the timeline', () => {
  // New-user trial: Enter on a row opened the entry and left focus on the page's body (the row
  // went with the timeline), so the next Tab went to "Skip to content".
  it("with Enter: focus on the entry page's heading", async () => {
    await openJournal('#/journal')
    const list = await screen.findByRole('list', { name: 'Journal entries' }, SLOW)
    const row = (await within(list).findByText('First round', {}, SLOW)).closest('li')
    if (!row) throw new Error('no row')
    row.focus()
    await act(async () => {
      fireEvent.keyDown(row, { key: 'Enter' })
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(window.location.hash).toBe('#/journal/e1')
    const heading = await screen.findByRole('heading', { level: 2, name: 'First round' }, SLOW)
    await waitFor(() => {
      expect(document.activeElement).toBe(heading)
    }, SLOW)
  })

  it('opened with the app: focus is left where the page put it', async () => {
    await openJournal('#/journal/e1')
    await screen.findByRole('heading', { level: 2, name: 'First round' }, SLOW)
    expect(document.activeElement).toBe(document.body)
  })
})

describe('an address that names no entry', () => {
  // New-user trial: the heading said "New entry" above "There is no such entry".
  for (const [language, title, text] of [
    ['en', 'No such entry', 'There is no such entry'],
    ['zh-CN', '没有这条记录', '找不到这条记录'],
  ] as const) {
    it(`is headed as what it is, ${language}`, async () => {
      await openJournal('#/journal/does-not-exist', language)
      expect(await screen.findByRole('heading', { level: 2, name: title }, SLOW)).toBeTruthy()
      expect(screen.getByText(new RegExp(text))).toBeTruthy()
      expect(screen.queryByRole('heading', { level: 2, name: /New entry|新建记录/ })).toBeNull()
    })
  }
})
