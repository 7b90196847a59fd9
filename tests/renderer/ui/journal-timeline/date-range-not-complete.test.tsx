// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { typeDate, typeImpossibleDate } from '../form/date-input-stub'

// Nineteenth trial: a From or To date typed that does not exist (2月30日) or is half typed reads
// as '' in the browser, as an empty box does: the bound was dropped and the list widened with
// no word. Chromium's own typing is in tests/e2e/dates26-impossible-date.spec.ts.

const SLOW = { timeout: 10_000 }
const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** One entry a day of November 2026. */
async function renderTimeline(hash: string, language: 'en' | 'zh-CN') {
  const db = new TidemarkDatabase(`range-incomplete-${crypto.randomUUID()}`)
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
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

const count = () => screen.getByTestId('journal-count').textContent
const errorOf = (input: HTMLElement) =>
  input.getAttribute('aria-invalid') === 'true'
    ? document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent
    : null

describe('a date range box holding a date that does not exist or is not complete', () => {
  it('says so under it (the list is not limited by it), until it holds a date', async () => {
    await renderTimeline('#/journal?from=2026-11-25', 'en')
    await waitFor(() => {
      expect(count()).toBe('6 of 30 entries')
    }, SLOW)
    const from = screen.getByLabelText<HTMLInputElement>('From')
    await typeImpossibleDate(from)
    expect(errorOf(from)).toBe(
      'This date does not exist or is not complete, so the list ignores it.',
    )
    await typeDate(from, '2026-11-21')
    expect(errorOf(from)).toBeNull()
    await waitFor(() => {
      expect(count()).toBe('10 of 30 entries')
    }, SLOW)
  })

  it('says so in Chinese; an empty box stays plain', async () => {
    await renderTimeline('#/journal', 'zh-CN')
    const to = await screen.findByLabelText<HTMLInputElement>('截止日期')
    await typeImpossibleDate(to)
    expect(errorOf(to)).toBe('这个日期不存在或没有填完整，列表暂不按它筛选。')
    await typeDate(to, '')
    expect(errorOf(to)).toBeNull()
  })
})
