// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }
afterEach(cleanup)

function Harness() {
  const live = useAssessment()
  return live ? <OfferComparison live={live} /> : null
}

/** P1's profile and skills weighing P4's startup, P1's EV maker and P5's big platform. */
async function renderComparison(
  language: UiLanguage,
  platform: { company: string; role: string } | null = null,
) {
  const mover = loadPersona('p1')
  const db = new TidemarkDatabase(`offer-pick-test-${crypto.randomUUID()}`)
  await db.open()
  const day = new Date('2026-03-01T10:00:00')
  await saveProfile(db, mover.profile, day)
  for (const skill of mover.skills) await saveSkill(db, skill, day)
  // `platform` renames P5's offer.
  const p5 = loadPersona('p5').offers.map((offer) => ({ ...offer, ...platform }))
  const offers = [...loadPersona('p4').offers, ...mover.offers, ...p5]
  for (const offer of offers) await saveOffer(db, offer, day)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(() => {
    expect(document.querySelector('tr[data-row="cash"]')).not.toBeNull()
  }, SLOW)
}

describe('the comparison says which offer to take (trial 20 #5)', () => {
  it(
    'answers at the top, before the table, with the rule and the article’s sentence behind Why',
    SLOW,
    async () => {
      await renderComparison('en')
      const pick = screen.getByRole('region', { name: 'Which offer to take' })
      expect(pick.textContent).toContain('某造车新势力 · 大模型算法工程师')
      expect(pick.textContent).toContain('The rules accept both it and 某大厂 · 大模型算法工程师')
      // Above the table: the answer comes before the figures it rests on.
      const table = document.querySelector('.compare-table')
      expect(table).not.toBeNull()
      if (!table) return
      expect(pick.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
      const why = within(pick).getByText('Why')
      fireEvent.click(why)
      const reasons = within(pick).getByRole('list', { name: 'Why this pick' })
      expect(reasons.textContent).toContain('Tidemark’s pick')
      expect(reasons.textContent).toContain('pay alone should not decide')
      // Each reason opens its source: the pick's rests on the article's mover, marked a guess.
      for (const source of within(reasons).getAllByRole('group')) fireEvent.click(source)
      for (const summary of reasons.querySelectorAll('summary')) fireEvent.click(summary)
      expect(reasons.textContent).toMatch(/拿到了 4 [個个] offer/)
      expect(reasons.textContent).toMatch(/assumption/i)
    },
  )

  it('answers in Chinese', SLOW, async () => {
    await renderComparison('zh-CN')
    const pick = screen.getByRole('region', { name: '选哪个 offer' })
    expect(pick.textContent).toContain('规则对它和某大厂 · 大模型算法工程师都建议接受')
  })

  it('tells two offers of one company apart by their role (review 26 M3)', SLOW, async () => {
    // Named by the company alone, the pick read "某造车新势力 … above 某造车新势力's 192万".
    await renderComparison('en', { company: '某造车新势力', role: '推理平台' })
    const pick = screen.getByRole('region', { name: 'Which offer to take' })
    expect(pick.textContent).toContain('某造车新势力 · 大模型算法工程师')
    expect(pick.textContent).toContain('The rules accept both it and 某造车新势力 · 推理平台')
  })
})
