// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  storedJournalEntrySchema,
  type StoredJournalEntry,
} from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** `count` entries, one a day back from Sunday 29 November 2026. */
function entries(count: number): StoredJournalEntry[] {
  const last = Date.UTC(2026, 10, 29)
  return Array.from({ length: count }, (_, index) =>
    storedJournalEntrySchema.parse({
      id: `e${String(index).padStart(5, '0')}`,
      kind: 'learning',
      date: new Date(last - index * 86_400_000).toISOString().slice(0, 10),
      title: `Entry ${String(index)}`,
      body: 'Notes',
      tags: [],
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
  )
}

async function renderTimeline(count: number) {
  const db = new TidemarkDatabase(`timeline-fit-${crypto.randomUUID()}`)
  await db.open()
  await db.journal.bulkPut(entries(count))
  const i18n = await createI18n('en')
  window.location.hash = '#/journal'
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), ['en'])}>
        <TimelineView fold={(text) => text} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(() => {
    expect(screen.getByTestId('journal-count').textContent).toBe(
      `${count.toLocaleString('en')} ${count === 1 ? 'entry' : 'entries'}`,
    )
  }, SLOW)
  return screen.getByTestId('timeline-scroll')
}

describe("the timeline's box", () => {
  it('is as tall as two entries, not a screenful', async () => {
    const box = await renderTimeline(2)
    // The first row opens November and its week (112 + 52 + 34 px), the second is a row (112),
    // and the box's borders (2).
    expect(box.style.getPropertyValue('--timeline-fit')).toBe('312px')
  }, 30_000)

  it('keeps the stylesheet height for a long journal, virtualized', async () => {
    const box = await renderTimeline(200)
    expect(box.style.getPropertyValue('--timeline-fit')).toBe('')
    expect(box.querySelectorAll('li').length).toBeLessThan(40)
  }, 30_000)
})
