// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveOffer, type OfferDraft } from '../../../../renderer/data/repositories/offers'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const MOONSHOT: OfferDraft = {
  id: 'offer-moonshot',
  company: 'Moonshot',
  role: 'LLM inference engineer',
  employerKind: 'startup',
  pay: { base: { kind: 'monthly', monthly: { low: 60000, high: 70000 }, months: 15 } },
}
const BIGTECH: OfferDraft = {
  id: 'offer-bigtech',
  company: 'BigTech',
  employerKind: 'big-tech-new-llm-team',
  pay: { base: { kind: 'annual', annual: { low: 1_000_000, high: 1_100_000 } } },
}

function offersFigure(): string | null | undefined {
  const row = within(screen.getByTestId('job-search-figures'))
    .getAllByRole('row')
    .find((candidate) => candidate.dataset['row'] === 'offers')
  return row?.querySelector('td')?.textContent
}

const WORDS: Record<UiLanguage, { counted: RegExp; savedOffer: string }> = {
  en: { counted: /offers saved on the Offers screen/, savedOffer: 'Saved offer' },
  'zh-CN': { counted: /“Offer”页面上保存的 offer/, savedOffer: '已保存的 offer' },
}

describe('JobSearchView with offers saved on the Offers screen', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`counts them, and once when an offer entry links to one (${language})`, async () => {
      const db = await freshDb('job-view-offers')
      await saveOffer(db, MOONSHOT, new Date(2026, 10, 2, 10))
      await saveOffer(db, BIGTECH, new Date(2026, 10, 9, 10))
      await saveJournalEntry(db, {
        kind: 'offer',
        date: '2026-11-03',
        title: 'Moonshot made an offer',
        company: 'Moonshot',
        offerId: 'offer-moonshot',
      })
      await renderWith(db, <JobSearchView />, language)
      await screen.findByTestId('job-search-figures', {}, { timeout: 5000 })

      // The trial's case: two saved offers; one also has a linked journal entry. Two, not 1 or 3.
      expect(offersFigure()).toBe('2')
      expect(screen.getByTestId('job-search-counted').textContent).toMatch(WORDS[language].counted)
      // BigTech's offer, in no entry, is listed under its company and opens on the Offers screen.
      const link = screen.getByRole('link', { name: 'BigTech' })
      expect(link.getAttribute('href')).toBe('#/offers/offer-bigtech')
      expect(link.closest('li')?.textContent).toContain(WORDS[language].savedOffer)
    })
  }
})
