// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  storedJournalEntrySchema,
  storedSkillSchema,
  type StoredJournalEntry,
} from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }
/**
 * A thousand entries: the whole order is read through fake-indexeddb's backwards key cursor,
 * whose steps grow with the store (measured unloaded: 0.56 s at 1,000 entries, 3.3 s at 2,500,
 * 12-15 s at 5,000, which timed out at a load of 14). A thousand shows the list virtualized as
 * well; the real list's speed is measured in Chromium, over 10,000 entries (npm run bench:start).
 */
const MANY = 1000
const SLOWER = { timeout: 40_000 }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })
const KINDS = ['learning', 'project', 'application', 'interview', 'offer', 'reflection'] as const
const BODIES = [
  '字节二面问了推理加速和量化',
  'Read about quantization: GPTQ and AWQ compared',
  '今天讀了大模型訓練的論文',
  'Shipped continuous batching to production',
]

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** `count` entries, one a day back from Sunday 29 November 2026: entry 0 is the newest. */
function entries(count: number): StoredJournalEntry[] {
  const last = Date.UTC(2026, 10, 29)
  return Array.from({ length: count }, (_, index) =>
    storedJournalEntrySchema.parse({
      id: `e${String(index).padStart(5, '0')}`,
      kind: KINDS[index % KINDS.length],
      date: new Date(last - index * 86_400_000).toISOString().slice(0, 10),
      title: `Entry ${String(index)}`,
      body: BODIES[index % BODIES.length],
      tags: [index % 3 === 0 ? 'llm' : 'reading'],
      ...(index % 4 === 1 ? { company: 'MiniMax' } : {}),
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    }),
  )
}

async function renderTimeline(
  rows: StoredJournalEntry[],
  hash = '#/journal',
  language: 'en' | 'zh-CN' = 'en',
  searchFails = false,
  setup?: (db: TidemarkDatabase) => Promise<unknown>,
) {
  const db = new TidemarkDatabase(`timeline-test-${crypto.randomUUID()}`)
  await db.open()
  await db.journal.bulkPut(rows)
  await setup?.(db)
  const i18n = await createI18n(language)
  window.location.hash = hash
  const services = testServices(db, detectPlatform({}), [language])
  await services.search.ready
  if (searchFails) {
    // A search worker that could not start or load its index.
    services.search.search = () => Promise.reject(new Error('the search worker stopped'))
  }
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return db
}

function list() {
  return screen.getByRole('list', { name: 'Journal entries' })
}

describe('the journal timeline', () => {
  it('groups 1,000 entries by month and week, with only a window of them in the page', async () => {
    await renderTimeline(entries(MANY))
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('1,000 entries')
    }, SLOWER)
    await screen.findByText('Entry 0', {}, SLOWER)
    await waitFor(() => {
      expect(list().textContent).not.toContain('Loading…')
    }, SLOWER)
    const rows = within(list()).getAllByRole('listitem')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(rows[0]?.getAttribute('aria-setsize')).toBe(String(MANY))
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1')
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeTruthy()
    // 29 November 2026 is a Sunday: entries 0-6 are its week, 7-13 the week before.
    expect(within(rows[0] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'Week 48 (Nov 23–29)',
    )
    expect(within(rows[7] as HTMLElement).getByRole('heading', { level: 3 }).textContent).toBe(
      'Week 47 (Nov 16–22)',
    )
    expect(within(rows[6] as HTMLElement).queryByRole('heading')).toBeNull()
    expect(within(rows[1] as HTMLElement).queryByRole('heading')).toBeNull()
    // Each row says what it is.
    const first = rows[0] as HTMLElement
    expect(first.textContent).toContain('Learning')
    expect(first.textContent).toContain('Nov 29, 2026')
    expect(first.textContent).toContain('Entry 0')
    expect(first.textContent).toContain('#llm')
    expect(first.textContent).toContain('字节二面问了推理加速和量化')
    expect(within(rows[1] as HTMLElement).getByText('MiniMax')).toBeTruthy()
  }, 90_000)

  it('heads weeks and months in Chinese', async () => {
    await renderTimeline(entries(40), '#/journal', 'zh-CN')
    await screen.findByText('Entry 0', {}, SLOW)
    expect(screen.getByRole('heading', { level: 2, name: '2026年11月' })).toBeTruthy()
    expect(
      screen.getByRole('heading', { level: 3, name: '第 48 周（11月23日–29日）' }),
    ).toBeTruthy()
    // 40 entries fill the first screen: the count follows once the whole journal is read.
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('共 40 条')
    }, SLOW)
  }, 30_000)

  it('lists each entry of a week spanning two months once, under its own month, and says so', async () => {
    // Saturday 28 November to Thursday 3 December 2026: week 48 ends on Sunday 29 November,
    // week 49 runs from Monday 30 November to Sunday 6 December.
    const days = [
      '2026-12-03',
      '2026-12-02',
      '2026-12-01',
      '2026-11-30',
      '2026-11-29',
      '2026-11-28',
    ]
    const headed = async (language: 'en' | 'zh-CN') => {
      await renderTimeline(
        entries(days.length).map((entry, index) => ({ ...entry, date: days[index] ?? '' })),
        '#/journal',
        language,
      )
      await waitFor(() => {
        expect(within(screen.getByTestId('timeline-scroll')).getAllByRole('listitem')).toHaveLength(
          days.length,
        )
        expect(screen.getByTestId('timeline-scroll').textContent).not.toContain('Loading…')
      }, SLOW)
      const order = within(screen.getByTestId('timeline-scroll'))
        .getAllByRole('listitem')
        .flatMap((row) => [
          ...Array.from(row.querySelectorAll('h2, h3'), (heading) => heading.textContent),
          row.querySelector('.timeline-entry-title')?.textContent,
        ])
      cleanup()
      return order
    }
    expect(await headed('en')).toEqual([
      'December 2026',
      'Week 49 (Dec 1–6; began on Nov 30)',
      'Entry 0',
      'Entry 1',
      'Entry 2',
      'November 2026',
      'Week 49 (Nov 30; ends on Dec 6)',
      'Entry 3',
      'Week 48 (Nov 23–29)',
      'Entry 4',
      'Entry 5',
    ])
    expect(await headed('zh-CN')).toEqual([
      '2026年12月',
      '第 49 周（12月1日–6日；本周从11月30日开始）',
      'Entry 0',
      'Entry 1',
      'Entry 2',
      '2026年11月',
      '第 49 周（11月30日；本周到12月6日结束）',
      'Entry 3',
      '第 48 周（11月23日–29日）',
      'Entry 4',
      'Entry 5',
    ])
  }, 30_000)

  it('holds the month of the rows at the top while they scroll, for the eye only', async () => {
    await renderTimeline(entries(200))
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('200 entries')
    }, SLOW)
    const scroller = screen.getByTestId('timeline-scroll')
    const scrollTo = async (top: number) => {
      await act(async () => {
        scroller.scrollTop = top
        fireEvent.scroll(scroller)
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
    }
    // At the top, the first row's own heading shows the month: no copy over it.
    expect(screen.queryByTestId('timeline-sticky-month')).toBeNull()
    // Ten rows down (entries are 112 px, a month heading 52, a week heading 34): still November.
    await scrollTo(10 * 112 + 52 + 2 * 34)
    await waitFor(() => {
      expect(screen.getByTestId('timeline-sticky-month').textContent).toBe('November 2026')
    })
    expect(screen.getByTestId('timeline-sticky-month').getAttribute('aria-hidden')).toBe('true')
    // 29 November back to 31 October is 29 rows: row 35 is in October.
    await scrollTo(35 * 112 + 2 * 52 + 7 * 34)
    await waitFor(() => {
      expect(screen.getByTestId('timeline-sticky-month').textContent).toBe('October 2026')
    })
    // The headings in the list are still the rows' own, not the copy.
    expect(screen.queryByRole('heading', { name: 'October 2026' })).toBeTruthy()
  }, 30_000)

  it('moves between entries with the keys and opens one with Enter', async () => {
    await renderTimeline(entries(200))
    await screen.findByText('Entry 0', {}, SLOW)
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('200 entries')
    }, SLOW)
    const rows = () => within(list()).getAllByRole('listitem')
    const first = rows()[0] as HTMLElement
    expect(first.tabIndex).toBe(0)
    expect(rows().filter((row) => row.tabIndex === 0)).toHaveLength(1)
    first.focus()
    fireEvent.keyDown(first, { key: 'ArrowDown' })
    await waitFor(() => {
      expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2')
    })
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Enter' })
    expect(window.location.hash).toBe('#/journal/e00001')
  }, 30_000)

  it('filters by kind and tag through the hash, and clears them all', async () => {
    await renderTimeline(entries(120))
    await screen.findByText('Entry 0', {}, SLOW)
    // The filters follow the first screen's paint, folded: unfolded on their button.
    fireEvent.click(await screen.findByRole('button', { name: 'Filters' }, SLOW))
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), {
      target: { value: 'interview' },
    })
    expect(window.location.hash).toBe('#/journal?kind=interview')
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('20 of 120 entries')
    }, SLOW)
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'llm' } })
    expect(window.location.hash).toBe('#/journal?kind=interview&tag=llm')
    // Interviews are every sixth entry from 3; llm every third from 0: 3, 9, 15…
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('20 of 120 entries')
    }, SLOW)
    await waitFor(() => {
      expect(list().textContent).not.toContain('Loading…')
    }, SLOW)
    for (const row of within(list()).getAllByRole('listitem')) {
      expect(row.textContent).toContain('Interview')
      expect(row.textContent).toContain('#llm')
    }
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(window.location.hash).toBe('#/journal')
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('120 entries')
    }, SLOW)
  }, 30_000)

  it('reads filters from the address and says which it left out', async () => {
    await renderTimeline(entries(60), '#/journal?kind=party&company=minimax&skill=gone&colour=red')
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('15 of 60 entries')
    }, SLOW)
    const note = screen.getByRole('note')
    expect(note.textContent).toContain('“party” is not a valid kind')
    expect(note.textContent).toContain('“colour” is not a filter')
    expect(note.textContent).toContain('no skill “gone” in your journal')
    // Filters on: shown unfolded.
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Company' }).value).toBe(
      'minimax',
    )
  }, 30_000)

  it('says so when search cannot answer, instead of searching for ever', async () => {
    await renderTimeline(entries(40), '#/journal', 'en', true)
    await screen.findByText('Entry 0', {}, SLOW)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the journal' }), {
      target: { value: 'quant' },
    })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe(
        'Search is not available right now (the search worker stopped). Your entries are unchanged; try again, or restart Tidemark.',
      )
    }, SLOW)
  })

  it('searches as the user types, marks the matches, and combines with the filters', async () => {
    await renderTimeline(entries(40))
    await screen.findByText('Entry 0', {}, SLOW)
    const box = screen.getByRole('searchbox', { name: 'Search the journal' })
    fireEvent.change(box, { target: { value: 'quant' } })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('10 matches')
    }, SLOW)
    expect(window.location.hash).toBe('#/journal?q=quant')
    await waitFor(() => {
      expect(list().querySelectorAll('mark').length).toBe(10)
    }, SLOW)
    const marks = list().querySelectorAll('mark')
    for (const mark of marks) expect(mark.textContent).toBe('quantization')
    // No headings while ranked.
    expect(within(list()).queryAllByRole('heading')).toEqual([])

    // A 简体 query marks the 繁體 text it finds.
    fireEvent.change(box, { target: { value: '训练' } })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('10 matches')
      expect(list().querySelector('mark')?.textContent).toBe('訓練')
    }, SLOW)

    // Then the filters keep the hits they allow (the tags in use are read after the first screen).
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }))
    const tag = screen.getByRole('combobox', { name: 'Tag' })
    await within(tag).findByRole('option', { name: 'llm' }, SLOW)
    await act(async () => {
      fireEvent.change(tag, { target: { value: 'llm' } })
      await Promise.resolve()
    })
    expect(window.location.hash).toBe('#/journal?tag=llm&q=%E8%AE%AD%E7%BB%83')
    await waitFor(() => {
      // 訓練 entries are 2, 6, 10…; llm every third: 6, 18, 30.
      expect(screen.getByTestId('journal-count').textContent).toBe('3 matches with these filters')
    }, SLOW)
  }, 30_000)

  it('says when a hit was found by a linked skill, and marks the skill’s name', async () => {
    const rows = entries(3).map((entry, index) =>
      index === 1 ? { ...entry, skillIds: ['s-vllm'] } : entry,
    )
    const stamp = '2026-11-01T00:00:00.000Z'
    await renderTimeline(rows, '#/journal', 'en', false, (db) =>
      db.skills.put(
        storedSkillSchema.parse({
          id: 's-vllm',
          name: 'vLLM serving',
          domain: 'inference-acceleration',
          level: 3,
          createdAt: stamp,
          updatedAt: stamp,
        }),
      ),
    )
    await screen.findByText('Entry 0', {}, SLOW)
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the journal' }), {
      target: { value: 'vllm' },
    })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('1 match')
    }, SLOW)
    const row = await within(list()).findByText('Found by a skill it is linked to', {}, SLOW)
    const entry = row.closest('.timeline-entry') as HTMLElement
    expect(within(entry).getByText('Entry 1')).toBeTruthy()
    // The skills' names come with the filters' code, once the first screen is painted.
    await waitFor(() => {
      const marks = list().querySelectorAll('.timeline-skill mark')
      expect([...marks].map((mark) => mark.textContent)).toEqual(['vLLM'])
    }, SLOW)
    expect(
      list().querySelectorAll('.timeline-entry-title mark, .timeline-excerpt mark'),
    ).toHaveLength(0)

    // A hit in the entry's own text says nothing of the kind.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search the journal' }), {
      target: { value: 'quant' },
    })
    await waitFor(() => {
      expect(list().querySelectorAll('mark').length).toBeGreaterThan(0)
      expect(list().textContent).not.toContain('Found by a skill')
    }, SLOW)
  }, 30_000)

  it('marks the one Chinese character searched for, not the pair the index found it by', async () => {
    await renderTimeline(entries(8))
    await screen.findByText('Entry 0', {}, SLOW)
    const box = screen.getByRole('searchbox', { name: 'Search the journal' })
    // 训 finds 訓練 (entries 2 and 6) by the pair 训练: the mark is the 訓 typed, as written.
    fireEvent.change(box, { target: { value: '训' } })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('2 matches')
      expect(list().querySelectorAll('mark')).toHaveLength(2)
    }, SLOW)
    for (const mark of list().querySelectorAll('mark')) expect(mark.textContent).toBe('訓')
  }, 30_000)

  it('keeps the timeline laid out under a search and shows it again as soon as the box is emptied', async () => {
    await renderTimeline(entries(200))
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('200 entries')
    }, SLOW)
    const timeline = list()
    const box = screen.getByRole('searchbox', { name: 'Search the journal' })
    fireEvent.change(box, { target: { value: 'quant' } })
    await waitFor(() => {
      expect(screen.getByTestId('journal-count').textContent).toBe('50 matches')
      expect(list()).not.toBe(timeline)
    }, SLOW)
    // One list for assistive technology: the timeline is hidden, not removed.
    expect(screen.getAllByRole('list', { name: 'Journal entries' })).toHaveLength(1)
    expect(within(list()).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('50')
    expect(timeline.isConnected).toBe(true)

    // Emptied: the same list (not a new one laid out over 200 rows), in the same render.
    fireEvent.change(box, { target: { value: '' } })
    expect(list()).toBe(timeline)
    expect(screen.queryByText('Searching…')).toBeNull()
    expect(within(list()).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('200')
    expect(screen.getByTestId('journal-count').textContent).toBe('200 entries')
  }, 30_000)

  it('shows an empty journal its first step', async () => {
    await renderTimeline([])
    const write = await screen.findByRole('link', { name: 'Write your first entry' }, SLOW)
    expect(write.getAttribute('href')).toBe('#/journal/new')
    expect(
      screen.getByRole('link', { name: 'Import a journal in Settings' }).getAttribute('href'),
    ).toBe('#/settings')
    expect(screen.getByTestId('journal-count').textContent).toBe('0 entries')
  })
})
