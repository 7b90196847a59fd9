// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedOfferSchema } from '../../../../renderer/data/records'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'
import { errorOf } from '../journal-entry/entry-fixture'

// Review 28: an offer stored with the answer-by date 0006-02-02 (a slip of the date field saved
// before 598d2c4, or imported) opened showing 02/02/0006 and nothing else; the offers list and
// the dashboard asked to check the date, the form only at Save. It now says so on opening,
// beside the field, in Save's words.

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const persona = loadPersona('p1').offers[0]
if (!persona) throw new Error('P1 has an offer')
const STAMP = '2026-11-01T08:00:00.000Z'
const NEXT_YEAR = new Date().getFullYear() + 1

function OfferHarness({ offerId }: { offerId: string }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const live = useAssessment(useMemo(() => ({ offer: draft }), [draft]))
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

async function open(language: UiLanguage, deadline: string) {
  const db = new TidemarkDatabase(`deadline-on-open-${crypto.randomUUID()}`)
  await db.open()
  // Read as the database gives it back: the stored schema holds no year range.
  await db.offers.put(
    storedOfferSchema.parse({
      ...persona,
      deadline,
      status: 'considering',
      createdAt: STAMP,
      updatedAt: STAMP,
    }),
  )
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <OfferHarness offerId={persona?.id ?? ''} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(() => {
    expect(document.querySelector('form')).not.toBeNull()
  })
  return db
}

describe.each([
  {
    language: 'en',
    label: 'Answer by',
    sentence: `Choose a date from 1950 to ${String(NEXT_YEAR)} (an offer is answered within weeks; a year outside that is likely a typo).`,
  },
  {
    language: 'zh-CN',
    label: '答复期限',
    sentence: `日期须在 1950 年至 ${String(NEXT_YEAR)} 年之间（offer 通常几周内就要答复，超出这个范围的年份多半是输错了）。`,
  },
] as const)(
  'an offer opened with a mistyped answer-by date ($language)',
  ({ language, label, sentence }) => {
    const field = () => screen.getByLabelText<HTMLInputElement>(label)

    it('says the years allowed beside the field at once, and stops when a date in range is typed', async () => {
      await open(language, '0006-02-02')
      expect(field().value).toBe('0006-02-02')
      await waitFor(() => {
        expect(errorOf(field())).toBe(sentence)
      })
      // Typed in range: the error goes as the date changes, without leaving the field.
      await act(async () => {
        fireEvent.change(field(), { target: { value: `${String(NEXT_YEAR)}-01-15` } })
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
      expect(errorOf(field())).toBeNull()
      expect(field().getAttribute('aria-invalid')).not.toBe('true')
    })

    it('says nothing for a deadline in range', async () => {
      await open(language, `${String(NEXT_YEAR)}-01-15`)
      expect(field().value).toBe(`${String(NEXT_YEAR)}-01-15`)
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
      expect(errorOf(field())).toBeNull()
    })
  },
)
