// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { warmJournal } from '../../../../renderer/ui/screens/journal/JournalScreen'
import {
  sameAsAhead,
  warmJournalFirstScreen,
} from '../../../../renderer/ui/screens/journal/timeline/first-screen'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/** The whole order's read, held until a test lets it go: what the first screen must not wait for. */
const gate = vi.hoisted(() => {
  let open = false
  const waiting: (() => void)[] = []
  return {
    asked: 0,
    wait: () =>
      open
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiting.push(resolve)
          }),
    release: () => {
      open = true
      for (const resolve of waiting.splice(0)) resolve()
    },
    reset: () => {
      open = false
      gate.asked = 0
    },
  }
})

vi.mock('../../../../renderer/data/repositories/journal-query', async (importOriginal) => {
  const original =
    await importOriginal<typeof import('../../../../renderer/data/repositories/journal-query')>()
  return {
    ...original,
    queryJournal: async (...args: Parameters<typeof original.queryJournal>) => {
      gate.asked++
      await gate.wait()
      return original.queryJournal(...args)
    },
  }
})

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
const SLOW = { timeout: 10_000 }

afterEach(() => {
  cleanup()
  gate.reset()
  window.location.hash = ''
})

/** `count` entries, one a day back from 29 November 2026, two kinds in turn. */
function entries(count: number) {
  const last = Date.UTC(2026, 10, 29)
  return Array.from({ length: count }, (_, index) =>
    storedJournalEntrySchema.parse({
      id: `e${String(index).padStart(5, '0')}`,
      kind: index % 2 === 0 ? 'learning' : 'interview',
      date: new Date(last - index * 86_400_000).toISOString().slice(0, 10),
      title: `Entry ${String(index)}`,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
  )
}

async function openWith(count: number) {
  const db = new TidemarkDatabase(`first-screen-test-${crypto.randomUUID()}`)
  await db.open()
  await db.journal.bulkPut(entries(count))
  return db
}

async function renderTimeline(
  count: number,
  hash: string,
  given?: TidemarkDatabase,
  language: 'en' | 'zh-CN' = 'en',
) {
  const db = given ?? (await openWith(count))
  const i18n = await createI18n(language)
  window.location.hash = hash
  const services = testServices(db, detectPlatform({}), [language])
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return db
}

const list = () => screen.getByRole('list', { name: 'Journal entries' })
const count = () => screen.getByTestId('journal-count').textContent

describe('the timeline’s first screen', () => {
  it('draws the newest entries before the whole order is read, then the whole list', async () => {
    await renderTimeline(300, '#/journal')
    await screen.findByText('Entry 0', {}, SLOW)
    // The whole order is asked only after the first screen is painted, and is held here.
    await waitFor(() => {
      expect(gate.asked).toBe(1)
    }, SLOW)
    const rows = within(list()).getAllByRole('listitem')
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('40')
    expect(rows[0]?.textContent).toContain('Entry 0')
    expect(list().textContent).not.toContain('Loading…')
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeTruthy()
    expect(count()).toBe('Counting entries…')

    gate.release()
    await waitFor(() => {
      expect(count()).toBe('300 entries')
    }, SLOW)
    expect(within(list()).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('300')
  }, 30_000)

  it('knows a short journal’s size from its first screen', async () => {
    await renderTimeline(12, '#/journal')
    await screen.findByText('Entry 11', {}, SLOW)
    expect(count()).toBe('12 entries')
  }, 30_000)

  it('draws a date range’s first screen too, and waits for the whole order under other filters', async () => {
    await renderTimeline(300, '#/journal?from=2026-10-01&to=2026-10-31')
    await screen.findByText('Entry 29', {}, SLOW)
    expect(within(list()).getAllByRole('listitem')[0]?.textContent).toContain('Entry 29')
    expect(screen.queryByText('Entry 28')).toBeNull()
    cleanup()

    await renderTimeline(300, '#/journal?kind=interview')
    await waitFor(() => {
      expect(gate.asked).toBeGreaterThan(0)
    }, SLOW)
    expect(screen.queryByRole('list', { name: 'Journal entries' })).toBeNull()
    gate.release()
    await screen.findByText('Entry 1', {}, SLOW)
    await waitFor(() => {
      expect(count()).toBe('150 of 300 entries')
    }, SLOW)
    expect(screen.queryByText('Entry 0')).toBeNull()
  }, 30_000)

  it('draws the first screen read ahead (at start-up) in its very first render', async () => {
    const db = await openWith(300)
    await warmJournalFirstScreen(db, {})
    await renderTimeline(300, '#/journal', db)
    // No wait: the rows are there as the screen is first drawn, not after the live query.
    expect(within(list()).getAllByRole('listitem')[0]?.textContent).toContain('Entry 0')
    expect(screen.queryByText('Loading…')).toBeNull()
  }, 30_000)

  it('draws only the rows in view in its first frame, and those around them after it', async () => {
    const db = await openWith(300)
    await warmJournalFirstScreen(db, {})
    await renderTimeline(300, '#/journal', db)
    // The list is a screenful high here (720 px): a month and a week heading, then rows of 112 px.
    const rows = () => document.querySelectorAll('li.timeline-row').length
    expect(rows()).toBe(6)
    // Six more below, to scroll into, once the first frame is painted.
    await waitFor(() => {
      expect(rows()).toBe(12)
    }, SLOW)
  }, 30_000)

  it('draws the filters once its first frame is painted', async () => {
    const db = await openWith(300)
    await warmJournalFirstScreen(db, {})
    await renderTimeline(300, '#/journal', db)
    const filters = () => screen.queryByRole('group', { name: 'Filters' })
    const toggle = () => screen.queryByRole('button', { name: 'Filters' })
    // The first frame: the rows, not the filters (their button, or their selects and date boxes).
    expect(document.querySelectorAll('li.timeline-row').length).toBeGreaterThan(0)
    expect(toggle()).toBeNull()
    expect(filters()).toBeNull()
    // Their place is kept meanwhile (so the rows do not move when they come): the bar with a
    // box for the folded button, hidden from assistive technology.
    const placeholder = () => document.querySelector('[data-testid="filters-placeholder"]')
    const kept = placeholder()
    expect(kept?.getAttribute('aria-hidden')).toBe('true')
    expect(kept?.classList.contains('timeline-filter-panel')).toBe(true)
    expect(kept?.querySelector('.timeline-filter-bar .timeline-filter-toggle')?.textContent).toBe(
      'Filters',
    )
    await waitFor(() => {
      expect(toggle()).not.toBeNull()
    }, SLOW)
    expect(placeholder()).toBeNull()
    // Folded, as the placeholder drew them: the same bar, the button in the box's place.
    expect(toggle()?.getAttribute('aria-expanded')).toBe('false')
    expect(toggle()?.closest('.timeline-filter-bar')).not.toBeNull()
    expect(toggle()?.classList.contains('timeline-filter-toggle')).toBe(true)
    expect(filters()).toBeNull()
    fireEvent.click(toggle() as HTMLElement)
    expect(within(filters() as HTMLElement).getByRole('combobox', { name: 'Kind' })).toBeTruthy()
    expect(filters()?.querySelectorAll(':scope > .field')).toHaveLength(7)
    cleanup()

    // A date range in the address (its first screen is read ahead like the unfiltered one):
    // the filters, with their "1 active · Clear all", in the first frame, no placeholder.
    await renderTimeline(300, '#/journal?from=2000-01-01', db)
    expect(placeholder()).toBeNull()
    // Unfolded: a filter is on.
    expect(filters()).not.toBeNull()
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2000-01-01')
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeTruthy()
    await waitFor(() => {
      expect(document.querySelectorAll('li.timeline-row').length).toBeGreaterThan(0)
    }, SLOW)
    cleanup()

    // A filter in the address: shown once the first screen knows it waits for the whole order.
    await renderTimeline(300, '#/journal?kind=interview', db)
    await waitFor(() => {
      expect(filters()).not.toBeNull()
    }, SLOW)
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Kind' }).value).toBe(
      'interview',
    )
  }, 30_000)

  it('draws its first screen with no Intl date or number format, in either language', async () => {
    // The page's first Intl.DateTimeFormat or NumberFormat loads the browser's locale data
    // (60-70 ms in Chromium): the first rows' days, headings and count are written out.
    const made = [vi.spyOn(Intl, 'DateTimeFormat'), vi.spyOn(Intl, 'NumberFormat')]
    try {
      for (const [language, day, total] of [
        ['zh-CN', '2026年11月29日', '共 300 条'],
        ['en', 'Nov 29, 2026', '300 entries'],
      ] as const) {
        const db = await openWith(300)
        await warmJournalFirstScreen(db, {})
        await renderTimeline(300, '#/journal', db, language)
        expect(document.querySelector('li.timeline-row')?.textContent).toContain(day)
        gate.release()
        await waitFor(() => {
          expect(count()).toContain(total)
        }, SLOW)
        cleanup()
        gate.reset()
      }
      for (const spy of made) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of made) spy.mockRestore()
    }
  }, 30_000)

  it('reads ahead for the filters in the address the app opens on, and only for the timeline', async () => {
    const db = await openWith(300)
    const hash = '#/journal?from=2026-10-01&to=2026-10-31'
    await warmJournal(db, hash)
    await renderTimeline(300, hash, db)
    // October's newest, drawn in the first render.
    expect(within(list()).getAllByRole('listitem')[0]?.textContent).toContain('Entry 29')
    cleanup()

    // An entry's page reads nothing ahead: the timeline opened later reads its own.
    await warmJournal(db, '#/journal/new')
    await renderTimeline(300, '#/journal', db)
    expect(screen.queryByRole('list', { name: 'Journal entries' })).toBeNull()
    await screen.findByText('Entry 0', {}, SLOW)
  }, 30_000)

  it('lets the live query keep the rows read ahead when unchanged, and take its own after a write', async () => {
    const db = await openWith(3)
    const first = await db.journal.toArray()
    await warmJournalFirstScreen(db, {})
    // Not for another filter or database: the rows given are kept.
    const other = await db.journal.limit(1).toArray()
    expect(sameAsAhead(db, JSON.stringify({ kind: 'interview' }), other)).toBe(other)
    // The same entries: the ones already drawn, so nothing is drawn again.
    // (Newest first is the ids' order here.)
    const again = structuredClone(first)
    const kept = sameAsAhead(db, '{}', again)
    expect(kept).not.toBe(again)
    expect(kept?.map((entry) => entry.id)).toEqual(['e00000', 'e00001', 'e00002'])
    // Taken once: a later answer is the live query's own.
    expect(sameAsAhead(db, '{}', again)).toBe(again)

    // A write between the two reads: the live query's rows.
    await warmJournalFirstScreen(db, {})
    const changed = first.map((entry, index) =>
      index === 0 ? { ...entry, title: 'Renamed' } : entry,
    )
    expect(sameAsAhead(db, '{}', changed)).toBe(changed)
  }, 30_000)
})
