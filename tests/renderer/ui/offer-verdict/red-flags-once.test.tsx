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
 * decline cites) and again under "Risk of the move". Each is listed once, under "Why", and the
 * risk's sum says the lines above count toward it.
 */
describe.each<[UiLanguage, string, string, RegExp]>([
  ['en', 'Why', 'Risk of the move', /^With the 5 lines listed under “Why” above \(\+60\), /],
  ['zh-CN', '依据', '跳槽风险', /^加上上方“依据”中列出的 5 项（\+60 分），/],
])('P4’s verdict (%s)', (language, whyName, riskName, sumStart) => {
  it('lists each red flag once, under the reasons for the decline', async () => {
    const { i18n, live } = await renderVerdict(storedPersona('p4'), 'o-four-steps', language)
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P4’s offer reads')
    const flags = assessed.risk.reasons.filter((reason) => reason.ruleId.includes('-'))
    const redFlags = flags.filter((reason) => reason.facts['redFlag'] !== undefined)
    expect(redFlags).toHaveLength(5)

    const verdict = reasonTexts(document.body)
    const why = reasonTexts(screen.getByRole('region', { name: whyName }))
    const risk = screen.getByRole('region', { name: riskName })
    for (const flag of redFlags) {
      const text = offerReasonText(flag, i18n.t, language, live.ruleset)
      expect(verdict.filter((shown) => shown === text)).toHaveLength(1)
      expect(why).toContain(text)
    }
    // The risk lists the other lines, and its sum counts the five above in.
    expect(reasonTexts(risk)).toHaveLength(assessed.risk.reasons.length - 5)
    expect(within(risk).getByText(sumStart)).toBeTruthy()
  })
})
