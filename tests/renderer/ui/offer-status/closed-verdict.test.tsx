// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
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

const accepted: OfferDraft = {
  ...OFFERS.bigTech,
  id: 'taken',
  company: 'Taken Co',
  status: 'accepted',
}

/**
 * Trials 22 #10 and 23 L8: an accepted offer's row still said "Negotiate · medium risk", which
 * read as a step to take. A closed offer's verdict says it is Tidemark's verdict, muted; a live
 * offer's stays as it was.
 */
describe('a closed offer’s verdict', () => {
  it.each([
    ['en', /^Tidemark’s verdict: \S/, /^(?!Tidemark)/],
    ['zh-CN', /^潮位的结论：\S/, /^(?!潮位)/],
  ] as const)(
    'is said as Tidemark’s, muted, under the fold (%s)',
    async (language, closed, live) => {
      const db = await seed({ offers: [accepted, OFFERS.startup] })
      await renderList(db, language)
      await screen.findByRole('link', { name: 'Moonshot' }, SLOW)
      const verdictOf = (company: string) =>
        screen.getByRole('link', { name: company }).closest('tr')?.querySelector('.offer-verdict')
      const taken = verdictOf('Taken Co')
      expect(taken?.textContent).toMatch(closed)
      expect(taken?.classList.contains('muted')).toBe(true)
      const open = verdictOf('Moonshot')
      expect(open?.textContent).toMatch(live)
      expect(open?.classList.contains('muted')).toBe(false)
    },
  )
})
