// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
import {
  dueReminders,
  offersNeedingAttention,
  type DeadlineOffer,
} from '../../../../renderer/ui/deadlines/deadline-reminders'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { NOW, renderList, seed } from '../offer-status/offer-list-fixture'

const SLOW = { timeout: 5000 }

/**
 * Review 26 L1, left open then: an offer stored with a slip of the date field (0006-02-02, before
 * the form held its deadline to 1950 - next year, or imported) showed "44133 days overdue, Thu,
 * Feb 2, 6" in the banner and a desktop notification. It is a date to check, not a deadline.
 */
function offer(id: string, deadline: string): DeadlineOffer {
  return { id, company: `Company ${id}`, role: '', status: 'considering', deadline }
}

describe('a deadline outside the years the offer form accepts', () => {
  const offers = [
    offer('year-6', '0006-02-02'),
    offer('year-1949', '1949-12-31'),
    offer('far-ahead', '2028-01-01'),
    offer('long-overdue', '2020-05-01'),
    offer('next-year-end', '2027-12-31'),
    offer('tomorrow', '2026-12-02'),
  ]

  it('gets no banner line and no notification; real deadlines, however far, still do', () => {
    expect(offersNeedingAttention(offers, NOW).map((entry) => entry.offer.id)).toEqual([
      'long-overdue',
      'tomorrow',
    ])
    expect(dueReminders(offers, NOW, new Set()).map((reminder) => reminder.offer.id)).toEqual([
      'long-overdue',
      'tomorrow',
    ])
  })
})

describe('the offers table on a mistyped deadline', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
  })
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
  })

  const slip: OfferDraft = {
    id: 'offer-slip',
    company: 'Slip Co',
    employerKind: 'startup',
    pay: { base: { kind: 'annual', annual: { low: 600_000, high: 600_000 } } },
    status: 'considering',
    deadline: '0006-02-02',
  }

  it.each([
    ['en', 'Check this date: it looks mistyped'],
    ['zh-CN', '请核对：日期似乎输错了'],
  ] as const)('shows it as typed and asks to check it (%s)', async (language: UiLanguage, ask) => {
    await renderList(await seed({ offers: [slip] }), language)
    const row = (await screen.findByRole('link', { name: 'Slip Co' }, SLOW)).closest('tr')
    expect(row?.querySelector('.offer-deadline')?.textContent).toBe('0006-02-02')
    expect(row?.querySelector('.offer-days-left')?.textContent).toBe(ask)
  })
})
