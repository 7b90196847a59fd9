// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  window.location.hash = ''
})

async function renderTimeline(count: number, language: 'en' | 'zh-CN') {
  const db = new TidemarkDatabase(`timeline-keys-${crypto.randomUUID()}`)
  await db.open()
  const last = Date.UTC(2026, 10, 29)
  await db.journal.bulkPut(
    Array.from({ length: count }, (_, index) =>
      storedJournalEntrySchema.parse({
        id: `e${String(index).padStart(5, '0')}`,
        kind: 'learning',
        date: new Date(last - index * 86_400_000).toISOString().slice(0, 10),
        title: `Entry ${String(index)}`,
        body: 'Read about quantization',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
    ),
  )
  const i18n = await createI18n(language)
  window.location.hash = '#/journal'
  const services = testServices(db, detectPlatform({}), [language])
  await services.search.ready
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

/**
 * New-user trial: the list's box starts part-way down the page and runs past the window's foot;
 * the keys scrolled only the list, so the 5th entry was focused below the window. The row the
 * keys move to is also brought into the window, as little as it takes (the e2e spec
 * journal-keyboard-window measures it in Chromium).
 */
describe.each([
  ['en', 'Journal entries'],
  ['zh-CN', '日志条目'],
] as const)('the timeline keys in %s', (language, listName) => {
  it('bring the focused entry into the window, not only into the list', async () => {
    const scrolled: { row: string | null; options: unknown }[] = []
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
      this: HTMLElement,
      options?: boolean | ScrollIntoViewOptions,
    ) {
      scrolled.push({ row: this.getAttribute('aria-posinset'), options })
    })
    await renderTimeline(40, language)
    await screen.findByText('Entry 0', {}, SLOW)
    const list = screen.getByRole('list', { name: listName })
    const first = within(list).getAllByRole('listitem')[0] as HTMLElement
    first.focus()
    for (let step = 2; step <= 5; step++) {
      fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowDown' })
      await waitFor(() => {
        expect(document.activeElement?.getAttribute('aria-posinset')).toBe(String(step))
      })
      await waitFor(() => {
        expect(scrolled.at(-1)).toEqual({
          row: String(step),
          options: { block: 'nearest', inline: 'nearest' },
        })
      })
    }
  }, 30_000)
})
