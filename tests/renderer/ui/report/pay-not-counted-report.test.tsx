// @vitest-environment happy-dom
import { cleanup, render, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import type { Compensation } from '../../../../renderer/domain/model/compensation'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferReportSection } from '../../../../renderer/ui/report/OfferReportSection'
import { offerReport } from '../../../../renderer/ui/report/offer-report-model'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { reportFrame } from '../../../../renderer/ui/report/report-frame'
import { loadPersona } from '../../../helpers/personas'
import { livePersona } from './live-persona'

afterEach(cleanup)

const STAMP = '2026-11-29T08:00:00.000Z'
const NOW = new Date(2026, 10, 29, 10, 0)

/**
 * P1 with its first offer's pay as the trial wrote it: "base 4-5万，16薪，另有股票", figures
 * counted (4-5万 × 16) and "股票" named with no value, as the verdict's own test has it
 * (tests/renderer/ui/offers/pay-not-counted.test.tsx): assessed on the figures, the offer kept
 * as written.
 */
function liveWithTextPay(): { live: LiveAssessment; offerId: string } {
  const persona = loadPersona('p1')
  const first = persona.offers[0]
  if (!first) throw new Error('p1 has an offer')
  const stamps = { createdAt: STAMP, updatedAt: STAMP }
  const counted: Compensation = {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 40_000, high: 50_000 }, months: 16 },
  }
  const asWritten: Compensation = {
    currency: 'CNY',
    base: { kind: 'text', text: 'base 4-5万，16薪，另有股票' },
  }
  const live = assessWithDraft({
    sources: {
      profile: storedProfileSchema.parse({ ...persona.profile, id: 'me', updatedAt: STAMP }),
      skills: persona.skills.map((skill) => storedSkillSchema.parse({ ...skill, ...stamps })),
      offers: [storedOfferSchema.parse({ ...first, pay: counted, ...stamps })],
      journal: [],
      settings: persona.settings,
    },
    rulesetInUse: rulesetFrom(undefined),
  })
  const shown: LiveAssessment = {
    ...live,
    input: {
      ...live.input,
      offers: live.input.offers.map((offer) =>
        offer.id === first.id ? { ...offer, pay: asWritten } : offer,
      ),
    },
  }
  return { live: shown, offerId: first.id }
}

/** The verdict's line under the pay figures (PaySection, pay-not-counted.ts). */
const LINE = {
  en: 'Not counted in these figures: “股票” (stock, no value given). To count the stock, enter its value under Stock in the form.',
  'zh-CN':
    '以上数字未计入：“股票”（股票，未给出价值）。要计入股票，请在表单的“股票”中填写它的价值。',
} as const

/**
 * Review 22 #4: the verdict says what a pay stored as text leaves out ("另有股票"), the printed
 * and exported report showed the totals with nothing saying the stock was not in them.
 */
describe.each<UiLanguage>(['en', 'zh-CN'])(
  'the offer report of a pay with an unvalued part (%s)',
  (language) => {
    it('says what the figures leave out, in the pay part, printed and in Markdown', async () => {
      const i18n = await createI18n(language)
      const options = { t: i18n.t, language, now: NOW, appVersion: '9.9.9' }
      const { live, offerId } = liveWithTextPay()
      const assessed = live.assessment.offers.find((offer) => offer.offerId === offerId)
      if (!assessed?.ok) throw new Error('the figures read')
      const section = offerReport(live, assessed, options)
      const pay = section.blocks.find((block) => block.kind === 'pay')
      expect(pay?.sentences).toEqual([LINE[language]])

      // The printed page: the line in the pay part.
      const { container } = render(
        <OfferReportSection section={section} frame={reportFrame(live, options)} />,
      )
      const part = container.querySelector<HTMLElement>('[data-part="pay"]')
      if (!part) throw new Error('a pay part')
      expect(within(part).getByText(LINE[language])).toBeTruthy()

      // The Markdown: the line after the pay's figures, before the risk's heading.
      const markdown = offerMarkdown(live, offerId, options)
      const at = markdown.indexOf(LINE[language])
      expect(at).toBeGreaterThan(markdown.indexOf(`### ${pay?.heading ?? ''}`))
      const risk = section.blocks.find((block) => block.kind === 'risk')
      expect(at).toBeLessThan(markdown.indexOf(`### ${risk?.heading ?? ''}`))
    })
  },
)

describe('the offer report of a pay with every part counted', () => {
  it('adds no such line (P1 as stored)', async () => {
    const i18n = await createI18n('en')
    const options = { t: i18n.t, language: 'en' as const, now: new Date() }
    const live = livePersona('p1')
    expect(live.assessment.offers.length).toBeGreaterThan(0)
    for (const assessed of live.assessment.offers) {
      const pay = offerReport(live, assessed, options).blocks.find((block) => block.kind === 'pay')
      expect(pay?.sentences).toEqual([])
    }
  })
})
