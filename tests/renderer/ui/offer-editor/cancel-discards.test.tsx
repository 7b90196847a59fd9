// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useState, type ReactNode } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { listOffers, saveOffer } from '../../../../renderer/data/repositories/offers'
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
  en: {
    company: 'Company',
    notes: 'Notes',
    paste: 'Paste the pay as the recruiter wrote it',
    cancel: 'Cancel',
    kept: 'Your unsaved changes from before are still here: save them, or discard them.',
  },
  'zh-CN': {
    company: '公司',
    notes: '备注',
    paste: '按猎头的写法粘贴薪资',
    cancel: '取消',
    kept: '你之前未保存的修改还在：可以保存，也可以放弃。',
  },
} as const satisfies Record<UiLanguage, unknown>

async function mount(language: UiLanguage) {
  const db = new TidemarkDatabase(`cancel-discards-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  const services = testServices(db, detectPlatform({}), [language])
  const tree = (child: ReactNode) => (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>{child}</ServicesProvider>
    </I18nextProvider>
  )
  const view = render(tree(<p>elsewhere</p>))
  return {
    db,
    /** Opens the form (again), as the router does on coming back to its address. */
    show: async (offerId: string | null) => {
      view.rerender(tree(<p>elsewhere</p>))
      view.rerender(tree(<OfferHarness offerId={offerId} />))
      await waitFor(() => {
        expect(document.querySelector('form')).not.toBeNull()
      })
    },
    /** Another screen: what an accidental Alt+1 or a click on the menu does. */
    goElsewhere: () => {
      view.rerender(tree(<p>elsewhere</p>))
    },
  }
}

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } })
    await Promise.resolve()
  })
}

async function cancel(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  expect(window.location.hash).toBe('#/offers')
}

const value = (label: string) =>
  screen.getByLabelText<HTMLInputElement>(label, { exact: true }).value

/**
 * New-user trial 12: Cancel on a new offer, then Add an offer again, brought the cancelled
 * text back (with "your unsaved changes are still here"). Cancel now forgets the draft, a new
 * offer's as an edit's; going elsewhere by any other way still keeps it.
 */
describe('Cancel on the offer form', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const w = WORDS[language]

    it(`forgets a new offer's inputs; going elsewhere keeps them (${language})`, async () => {
      const app = await mount(language)
      await app.show(null)
      await type(w.company, 'Acme AI')
      await type(w.paste, '月薪 5 万 × 15')
      // Elsewhere and back: kept, as before.
      app.goElsewhere()
      await app.show(null)
      expect(value(w.company)).toBe('Acme AI')
      expect(screen.getByText(w.kept)).toBeTruthy()

      await cancel(w.cancel)
      await app.show(null)
      expect(value(w.company)).toBe('')
      expect(value(w.paste)).toBe('')
      expect(screen.queryByText(w.kept)).toBeNull()
      expect(await listOffers(app.db)).toEqual([])
    })

    it(`forgets a stored offer's unsaved edit, leaving what is stored (${language})`, async () => {
      const app = await mount(language)
      const stored = await saveOffer(app.db, {
        company: 'Acme AI',
        role: '',
        employerKind: 'startup',
        funding: 'funded',
        pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 } },
        notes: 'Stored',
      })
      await app.show(stored.id)
      await waitFor(() => {
        expect(value(w.notes)).toBe('Stored')
      })
      await type(w.notes, 'Unsaved')
      await cancel(w.cancel)
      await app.show(stored.id)
      await waitFor(() => {
        expect(value(w.notes)).toBe('Stored')
      })
      expect(screen.queryByText(w.kept)).toBeNull()
      expect((await listOffers(app.db))[0]?.notes).toBe('Stored')
    })
  }
})
