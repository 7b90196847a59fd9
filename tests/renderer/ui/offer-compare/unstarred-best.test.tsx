// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial 34 M2: the ★ went to the big company's 60万–72万 on every pay row while the startup's
 * 80万–100万 sat beside it unstarred, the reason said only on the risk-adjusted row. The verdict
 * still bars the offer from the ★ (trial 10), but where its figure is the row's best its cell
 * shows a hollow ☆ saying why.
 */
afterEach(cleanup)

const mover = loadPersona('p1')
function firstOffer(name: 'p4' | 'p5'): Offer {
  const offer = loadPersona(name).offers[0]
  if (!offer) throw new Error(`${name} has an offer`)
  return offer
}
/** P4's startup (declined: five red flags), paid above P5's big platform. */
const startup = firstOffer('p4')
const platformOffer = firstOffer('p5')
/** The startup without its red flags, its checklist answered: wait and watch (L13). */
const waiting: Offer = {
  ...startup,
  redFlags: [],
  checklist: {
    'model-product': 'no',
    deployment: 'no',
    roadmap: 'yes',
    'leadership-understands-llms': 'yes',
    'team-strength': 'yes',
  },
}

function Harness() {
  const live = useAssessment()
  return live ? <OfferComparison live={live} /> : null
}

async function renderComparison(language: UiLanguage, first: Offer) {
  const db = new TidemarkDatabase(`unstarred-test-${crypto.randomUUID()}`)
  await db.open()
  const day = new Date('2026-03-01T10:00:00')
  await saveProfile(db, mover.profile, day)
  for (const skill of mover.skills) await saveSkill(db, skill, day)
  await saveOffer(db, first, day)
  await saveOffer(db, platformOffer, new Date('2026-03-02T10:00:00'))
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(
    () => {
      expect(
        document.querySelector('tr[data-row="recommendation"] [data-recommendation]'),
      ).not.toBeNull()
    },
    { timeout: 10_000 },
  )
}

/** The row's cells: 0 is the current job, 1 the startup, 2 the platform. */
function cells(row: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`tr[data-row="${row}"] td`)]
}

/** The row's pay rows and the others where the startup leads. */
const LEADS = [
  'cash',
  'total',
  'year-one',
  'after-tax',
  'after-tax-year-one',
  'raise',
  'risk-adjusted',
]

describe('a best figure the verdict keeps unstarred (trial 34 M2)', { timeout: 30_000 }, () => {
  it('gives the declined offer a ☆ saying why on every row it leads, the ★ staying on the other', async () => {
    await renderComparison('en', startup)
    expect(
      document
        .querySelector('tr[data-row="recommendation"] td:nth-child(3) [data-recommendation]')
        ?.getAttribute('data-recommendation'),
    ).toBe('decline')
    for (const row of LEADS) {
      const [current, declined, other] = cells(row)
      expect(declined?.hasAttribute('data-best'), row).toBe(false)
      expect(declined?.getAttribute('data-unstarred'), row).toBe('decline')
      const hollow = declined?.querySelector('.compare-unstarred')
      expect(hollow?.getAttribute('title'), row).toBe(
        'Best on this row, not starred: the verdict is to decline',
      )
      // Said to a screen reader too, the ☆ itself hidden.
      expect(hollow?.textContent, row).toBe(
        '☆Best on this row, not starred: the verdict is to decline',
      )
      expect(hollow?.querySelector('[aria-hidden="true"]')?.textContent, row).toBe('☆')
      expect(current?.hasAttribute('data-unstarred'), row).toBe(false)
      expect(other?.hasAttribute('data-unstarred'), row).toBe(false)
    }
    // Where it does not lead (its risk is the higher), no ☆.
    expect(cells('risk')[1]?.hasAttribute('data-unstarred')).toBe(false)
    expect(document.querySelectorAll('.compare-unstarred')).toHaveLength(LEADS.length)
    expect(screen.getByText(/☆ marks its figure where it is the row’s best/)).toBeTruthy()
  })

  it('says "wait and watch" on the ☆ of an offer to wait on (trial 10)', async () => {
    await renderComparison('en', waiting)
    for (const row of ['cash', 'total', 'raise']) {
      const declined = cells(row)[1]
      expect(declined?.hasAttribute('data-best'), row).toBe(false)
      expect(declined?.querySelector('.compare-unstarred')?.getAttribute('title'), row).toBe(
        'Best on this row, not starred: the verdict is to wait and watch',
      )
    }
  })

  it('says it in Chinese too (zh-CN)', async () => {
    await renderComparison('zh-CN', waiting)
    expect(cells('cash')[1]?.querySelector('.compare-unstarred')?.getAttribute('title')).toBe(
      '本行最优，不标 ★：结论是观望',
    )
    expect(screen.getByText(/这类 offer 的数字本行最优时标 ☆/)).toBeTruthy()
  })
})
