// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

const reasonTexts = (root: HTMLElement) =>
  [...root.querySelectorAll('.reason-text')].map((node) => node.textContent)

/**
 * P4, the four-step startup: its five red flags were listed twice, under "Why" (the lines the
 * decline cites) and again under "Risk of the move"; then once, under "Why", with the risk's
 * other lines below. Every risk point is now listed once, under "Risk of the move" (trials 15
 * and 16), and "Why" says the risk weighed in and points there.
 */
describe.each<[UiLanguage, string, string, string]>([
  ['en', 'Why', 'Risk of the move', 'The points add up to the score, held between 0 and 100.'],
  ['zh-CN', '依据', '跳槽风险', '各项分数相加即为风险分，限定在 0 到 100 之间。'],
])('P4’s verdict (%s)', (language, whyName, riskName, sum) => {
  it('lists each red flag once, under the risk, and Why points there', async () => {
    const { i18n, live } = await renderVerdict(storedPersona('p4'), 'o-four-steps', language)
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P4’s offer reads')
    const redFlags = assessed.risk.reasons.filter((reason) => reason.facts['redFlag'] !== undefined)
    expect(redFlags).toHaveLength(5)

    const verdict = reasonTexts(document.body)
    const risk = screen.getByRole('region', { name: riskName })
    for (const flag of redFlags) {
      const text = offerReasonText(flag, i18n.t, language, live.ruleset)
      expect(verdict.filter((shown) => shown === text)).toHaveLength(1)
      expect(reasonTexts(risk)).toContain(text)
    }
    expect(reasonTexts(risk)).toHaveLength(assessed.risk.reasons.length)
    expect(within(risk).getByText(sum)).toBeTruthy()
    const why = screen.getByRole('region', { name: whyName })
    expect(within(why).getByTestId('why-risk-pointer').textContent).toContain(riskName)
  })
})
