// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { NOW, OFFERS, renderList, seed } from './offer-list-fixture'

const SLOW = { timeout: 5000 }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** Closed offers of every kind, due before the live ones (so a list by deadline put them first). */
const closed: OfferDraft[] = [
  { ...OFFERS.declined, id: 'c-1', company: 'Old One', status: 'declined' },
  { ...OFFERS.declined, id: 'c-2', company: 'Old Two', status: 'expired' },
  { ...OFFERS.declined, id: 'c-3', company: 'Old Three', status: 'accepted' },
]

const WORDS = {
  en: { summary: 'Closed offers (3)', one: 'Closed offer (1)', none: 'No offer is under way' },
  'zh-CN': {
    summary: '已结束的 offer（3）',
    one: '已结束的 offer（1）',
    none: '没有进行中的 offer',
  },
} as const satisfies Record<UiLanguage, unknown>

function companies(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('link')
    .map((link) => link.textContent)
}

/**
 * Trial 18 #6: with 98 closed offers the list showed them all, the comparison ~7,600 px down.
 * The live offers (considering, negotiating) are listed; the closed ones (accepted, declined,
 * expired) are folded under a summary with their count, which the keyboard opens.
 */
describe('the closed offers, folded', () => {
  it.each(['en', 'zh-CN'] as const)(
    'lists the live offers, the closed under a count (%s)',
    async (language) => {
      const db = await seed({ offers: [...closed, OFFERS.startup, OFFERS.bigTech] })
      await renderList(db, language)
      await screen.findByRole('link', { name: 'Moonshot' }, SLOW)
      const summary = screen.getByText(WORDS[language].summary)
      expect(summary.tagName).toBe('SUMMARY')
      const fold = summary.closest('details')
      if (!fold) throw new Error('no fold')
      expect(fold.open).toBe(false)
      const [liveTable] = screen.getAllByRole('table')
      if (!liveTable) throw new Error('no table')
      expect(fold.contains(liveTable)).toBe(false)
      expect(companies(liveTable)).toEqual(['BigTech', 'Moonshot'])
      expect(companies(fold)).toEqual(['Old One', 'Old Two', 'Old Three'])
    },
  )

  it('keeps a row where it was when its status changes, so the focus stays on it', async () => {
    const db = await seed({ offers: [...closed, OFFERS.startup, OFFERS.bigTech] })
    await renderList(db)
    await screen.findByRole('link', { name: 'Moonshot' }, SLOW)
    const select = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Status of the offer from Moonshot',
    })
    select.focus()
    await act(async () => {
      fireEvent.change(select, { target: { value: 'declined' } })
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect((await db.offers.get('offer-moonshot'))?.status).toBe('declined')
    })
    const [liveTable] = screen.getAllByRole('table')
    if (!liveTable) throw new Error('no table')
    expect(companies(liveTable)).toEqual(['BigTech', 'Moonshot'])
    expect(document.activeElement).toBe(select)
    expect(screen.getByText(WORDS.en.summary)).toBeTruthy()
  })

  it.each(['en', 'zh-CN'] as const)(
    'says none is under way when all are closed (%s)',
    async (language) => {
      const db = await seed({ offers: [OFFERS.declined] })
      await renderList(db, language)
      const summary = await screen.findByText(WORDS[language].one, {}, SLOW)
      expect(summary.closest('details')?.open).toBe(false)
      expect(screen.getByText(new RegExp(`^${WORDS[language].none}`))).toBeTruthy()
    },
  )
})
