// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { NOW, OFFERS, renderList, seed } from './offer-list-fixture'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

it('lists offers due the same day (or never) in the order entered, not by company (trial 10)', async () => {
  const db = await seed({ offers: [] })
  // Entered Zeta first, then Alpha, then Mid: none has a deadline.
  const entered = ['Zeta', 'Alpha', 'Mid']
  for (const [index, company] of entered.entries()) {
    await saveOffer(
      db,
      { ...OFFERS.noDeadline, id: `offer-${index}-${company}`, company },
      new Date(2026, 10, 20 + index, 9),
    )
  }
  await renderList(db)
  const links = await screen.findAllByRole(
    'link',
    { name: /^(Zeta|Alpha|Mid)$/ },
    { timeout: 5000 },
  )
  expect(links.map((link) => link.textContent)).toEqual(entered)
})
