// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

function OfferHarness({ offerId }: { offerId: string | null }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const live = useAssessment(useMemo(() => ({ offer: draft }), [draft]))
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

const WORDS = {
  en: { company: 'Company', discard: 'Discard changes' },
  'zh-CN': { company: '公司', discard: '放弃修改' },
} as const

/**
 * New-user trial (keyboard): Discard on a restored offer draft removes the note and its button,
 * which had focus, and the keyboard fell to the page's body. It goes to the form's first field,
 * the company, as on Add an offer.
 *
 * OfferForm's discard() resets the form and then calls `setFocus('company')`: react-hook-form
 * 7.92's reset() empties its field refs until the next render unless told to keep them
 * (`keepFieldsRef`), and setFocus then found no input.
 */
describe('Discard on a kept offer draft', () => {
  for (const language of ['en', 'zh-CN'] as const satisfies readonly UiLanguage[]) {
    it(`puts focus in the Company field, ${language}`, async () => {
      const words = WORDS[language]
      const db = new TidemarkDatabase(`discard-focus-${crypto.randomUUID()}`)
      await db.open()
      const i18n = await createI18n(language)
      const services = testServices(db, detectPlatform({}), [language])
      const tree = (child: ReactNode) => (
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={services}>{child}</ServicesProvider>
        </I18nextProvider>
      )
      const view = render(tree(<OfferHarness offerId={null} />))
      const company = await screen.findByLabelText(words.company, { exact: true })
      await act(async () => {
        fireEvent.change(company, { target: { value: 'Acme AI' } })
        await Promise.resolve()
      })
      // Cancel, then Add an offer again: the form comes back with the kept draft.
      view.rerender(tree(<p>elsewhere</p>))
      view.rerender(tree(<OfferHarness offerId={null} />))
      const discard = await screen.findByRole('button', { name: words.discard })
      await waitFor(() => {
        expect(screen.getByLabelText<HTMLInputElement>(words.company, { exact: true }).value).toBe(
          'Acme AI',
        )
      })
      discard.focus()
      await act(async () => {
        fireEvent.click(discard)
        await Promise.resolve()
      })
      expect(screen.queryByRole('button', { name: words.discard })).toBeNull()
      await waitFor(() => {
        expect(document.activeElement).toBe(screen.getByLabelText(words.company, { exact: true }))
      })
      expect(screen.getByLabelText<HTMLInputElement>(words.company, { exact: true }).value).toBe('')
    })
  }
})
