// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import type { OfferAssessment } from '../../../../renderer/domain'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { riskLinesByPlace } from '../../../../renderer/ui/screens/offers/verdict/cited-risk-lines'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

const mover = loadPersona('p1')
function firstOffer(name: 'p4' | 'p5'): Offer {
  const offer = loadPersona(name).offers[0]
  if (!offer) throw new Error(`${name} has an offer`)
  return offer
}
/** P4's startup (declined on its red flags) and P5's big platform (skill modifiers cited). */
const offers = [firstOffer('p4'), firstOffer('p5')]
/** An offer as the comparison names it: company and role (review 28 P7). */
const named = (offer: Offer) => [offer.company, offer.role].filter(Boolean).join(' · ')

let latest: LiveAssessment | undefined
function Harness() {
  const live = useAssessment()
  latest = live
  return live ? <OfferComparison live={live} /> : null
}

async function renderComparison(language: UiLanguage) {
  const db = new TidemarkDatabase(`recommendation-why-${crypto.randomUUID()}`)
  await db.open()
  const day = new Date('2026-03-01T10:00:00')
  await saveProfile(db, mover.profile, day)
  for (const skill of mover.skills) await saveSkill(db, skill, day)
  for (const offer of offers) await saveOffer(db, offer, day)
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
      expect(document.querySelector('tr[data-row="recommendation"]')).not.toBeNull()
    },
    { timeout: 10_000 },
  )
}

function assessed(offer: Offer): Extract<OfferAssessment, { ok: true }> {
  const found = latest?.assessment.offers.find((item) => item.offerId === offer.id)
  if (!found?.ok) throw new Error(`no assessment for ${offer.id}`)
  return found
}

const words = {
  en: {
    row: 'Recommendation',
    skill: /: [+−]\d+(\.\d)? to your skill score$/,
    pointer: (score: number) =>
      `The risk weighed in this recommendation (${String(score)} of 100 risk points): every risk point is listed once, under “Risk of the move › Why”.`,
    label: (company: string) => `Why, Recommendation: ${company}`,
    riskLabel: (company: string) => `Why, Risk of the move: ${company}`,
  },
  'zh-CN': {
    row: '建议',
    skill: /：技能分 [+−]\d+(\.\d)?$/,
    pointer: (score: number) =>
      `这一建议也看了风险（风险分 ${String(score)}，满分 100）：每一项风险分都只列一次，见“跳槽风险 › 原因”。`,
    label: (company: string) => `${company}的建议：原因`,
    riskLabel: (company: string) => `${company}的跳槽风险：原因`,
  },
} as const

/**
 * New-user trial 17: the recommendation's Why listed skill points ("领导经验：+4 分") beside
 * some of the risk's points ("+35 分"), as one scale, and left out others the risk's Why shows
 * ("你要离开一个稳定的岗位：+5 分"). Now, as on the verdict (17976e7): the recommendation's own
 * reasons, skill points named as such, and a pointer to the risk row, which lists every risk
 * point once.
 */
describe('the comparison’s Recommendation › Why (new-user trial 17)', { timeout: 30_000 }, () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`lists the recommendation's own reasons, skill points named, and points to the risk (${language})`, async () => {
      await renderComparison(language)
      const said = words[language]
      let pointers = 0
      for (const offer of offers) {
        const result = assessed(offer)
        const { cited } = riskLinesByPlace(result)
        const own = result.recommendation.reasons.filter((reason) => !cited.includes(reason))
        const list = screen.getByRole('list', { name: said.label(named(offer)) })
        const items = within(list)
          .getAllByRole('listitem')
          .map((item) => item.querySelector('.reason-text')?.textContent ?? item.textContent)
        // No risk line here: they are all under the risk's Why, every one.
        expect(items).toHaveLength(own.length)
        const riskItems = within(screen.getByRole('list', { name: said.riskLabel(named(offer)) }))
          .getAllByRole('listitem')
          .map((item) => item.querySelector('.reason-text')?.textContent ?? item.textContent)
        expect(riskItems).toHaveLength(result.risk.reasons.length)
        for (const item of items) expect(riskItems).not.toContain(item)
        // Each point the recommendation lists is a skill point, said so.
        own.forEach((reason, index) => {
          if (reason.points !== 0) expect(items[index]).toMatch(said.skill)
        })
        const cell = list.closest('td')
        const pointer = cell?.querySelector('[data-testid="compare-why-note"]')
        if (cited.length > 0) {
          pointers += 1
          expect(pointer?.textContent).toBe(said.pointer(result.risk.score))
        } else {
          expect(pointer ?? null).toBeNull()
        }
      }
      // The sample's offers weigh their risk: the pointer is checked, not skipped.
      expect(pointers).toBeGreaterThan(0)
      // The big platform's accept rests on skill modifiers: their points are checked too.
      const platform = assessed(offers[1] as Offer)
      expect(platform.recommendation.reasons.some((reason) => reason.points !== 0)).toBe(true)
    })
  }
})
