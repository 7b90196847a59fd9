// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { editDateRange } from '../../../../renderer/ui/screens/journal/timeline/date-range'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** One entry a day of November 2026. */
async function renderTimeline(hash: string, language: 'en' | 'zh-CN') {
  const db = new TidemarkDatabase(`range-test-${crypto.randomUUID()}`)
  await db.open()
  await db.journal.bulkPut(
    Array.from({ length: 30 }, (_, index) =>
      storedJournalEntrySchema.parse({
        id: `e${String(index).padStart(2, '0')}`,
        kind: 'learning',
        date: `2026-11-${String(index + 1).padStart(2, '0')}`,
        title: `Day ${String(index + 1)}`,
        body: '',
        tags: [],
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
    ),
  )
  window.location.hash = hash
  const services = testServices(db, detectPlatform({}), [language])
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

const count = () => screen.getByTestId('journal-count').textContent

describe('the timeline’s date range', () => {
  it('keeps an end typed before the start in its box, says so under it, and applies it once fixed', async () => {
    await renderTimeline('#/journal?from=2026-11-25', 'en')
    await waitFor(() => {
      expect(count()).toBe('6 of 30 entries')
    }, SLOW)
    const from = screen.getByLabelText<HTMLInputElement>('From')
    const to = screen.getByLabelText<HTMLInputElement>('To')
    fireEvent.change(to, { target: { value: '2026-11-20' } })

    expect(to.value).toBe('2026-11-20')
    expect(to.getAttribute('aria-invalid')).toBe('true')
    const error = document.getElementById(to.getAttribute('aria-describedby') ?? '')
    expect(error?.textContent).toBe('The end date is before the start date.')
    // Not applied, and not blamed on the address.
    expect(window.location.hash).toBe('#/journal?from=2026-11-25')
    await waitFor(() => {
      expect(count()).toBe('6 of 30 entries')
    }, SLOW)
    expect(screen.queryByRole('note')).toBeNull()
    expect(to.value).toBe('2026-11-20')

    // Fixed from the other box: both apply, and the error goes.
    fireEvent.change(from, { target: { value: '2026-11-11' } })
    expect(window.location.hash).toBe('#/journal?from=2026-11-11&to=2026-11-20')
    await waitFor(() => {
      expect(count()).toBe('10 of 30 entries')
    }, SLOW)
    expect(to.getAttribute('aria-invalid')).toBeNull()
    expect(to.getAttribute('aria-describedby')).toBeNull()
    expect(screen.queryByText('The end date is before the start date.')).toBeNull()
  })

  it('says a start after the end under the start, in Chinese', async () => {
    await renderTimeline('#/journal?to=2026-11-10', 'zh-CN')
    await waitFor(() => {
      expect(count()).toBe('共 30 条，筛选出 10 条')
    }, SLOW)
    const from = screen.getByLabelText<HTMLInputElement>('起始日期')
    fireEvent.change(from, { target: { value: '2026-11-20' } })
    expect(from.value).toBe('2026-11-20')
    expect(from.getAttribute('aria-invalid')).toBe('true')
    const error = document.getElementById(from.getAttribute('aria-describedby') ?? '')
    expect(error?.textContent).toBe('起始日期晚于截止日期。')
    expect(window.location.hash).toBe('#/journal?to=2026-11-10')
    expect(screen.queryByRole('note')).toBeNull()

    // Clear all empties both boxes.
    fireEvent.click(screen.getByRole('button', { name: '清除全部筛选' }))
    await waitFor(() => {
      expect(count()).toBe('共 30 条')
    }, SLOW)
    expect(from.value).toBe('')
    expect(from.getAttribute('aria-invalid')).toBeNull()
  })

  it('keeps an end before the start in an address said as the address’s problem', async () => {
    await renderTimeline('#/journal?from=2026-11-25&to=2026-11-20', 'en')
    await waitFor(() => {
      expect(screen.getByRole('note').textContent).toContain(
        'the end date 2026-11-20 is before the start date',
      )
    }, SLOW)
  })
})

describe('editDateRange', () => {
  it('applies a range the right way round, an open end, and an emptied box', () => {
    expect(editDateRange({ from: '2026-01-01', to: '' }, 'to', '2026-02-01')).toEqual({
      shown: { from: '2026-01-01', to: '2026-02-01' },
      applied: { from: '2026-01-01', to: '2026-02-01' },
      wrong: null,
    })
    expect(editDateRange({ from: '2026-01-01', to: '2026-02-01' }, 'from', '')).toEqual({
      shown: { from: '', to: '2026-02-01' },
      applied: { from: undefined, to: '2026-02-01' },
      wrong: null,
    })
    // One day is a range.
    expect(editDateRange({ from: '2026-01-01', to: '' }, 'to', '2026-01-01').wrong).toBeNull()
  })

  it('keeps the box just set when it is the wrong way round, and applies the other', () => {
    expect(editDateRange({ from: '2026-11-25', to: '' }, 'to', '2026-11-20')).toEqual({
      shown: { from: '2026-11-25', to: '2026-11-20' },
      applied: { from: '2026-11-25', to: undefined },
      wrong: 'to',
    })
    expect(editDateRange({ from: '', to: '2026-11-10' }, 'from', '2026-11-20')).toEqual({
      shown: { from: '2026-11-20', to: '2026-11-10' },
      applied: { from: undefined, to: '2026-11-10' },
      wrong: 'from',
    })
  })
})
