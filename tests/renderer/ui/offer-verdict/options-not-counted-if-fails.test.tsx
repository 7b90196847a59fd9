// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { downsideText } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/** A startup paying options worth something: the failure case prices it without them (f5e2c07). */
const OPTIONS_OFFER = {
  id: 'o-options',
  company: 'Startup',
  role: 'LLM engineer',
  employerKind: 'startup',
  pay: {
    base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 16 },
    options: {
      count: 10_000,
      strikePrice: 1,
      sharePrice: { low: 20, high: 20 },
      currency: 'CNY',
      schedule: [25, 25, 25, 25],
    },
  },
  roleDomains: ['nlp'],
}
const PLAIN_OFFER = { ...OPTIONS_OFFER, id: 'o-plain', pay: { base: OPTIONS_OFFER.pay.base } }

const WORDS: Record<UiLanguage, { phrase: string; title: string }> = {
  en: { phrase: 'the options count nothing if it fails', title: 'If the move fails' },
  'zh-CN': { phrase: '失败时期权不计', title: '如果跳槽失败' },
}

function assessed(offerId: string) {
  const live = assessWithDraft(storedPersona('p1', [OPTIONS_OFFER, PLAIN_OFFER]))
  const offer = live.assessment.offers.find((candidate) => candidate.offerId === offerId)
  if (!offer?.ok) throw new Error(`${offerId} reads`)
  return { live, offer }
}

describe.each<UiLanguage>(['en', 'zh-CN'])(
  'options left out if the role fails (%s)',
  (language) => {
    const { phrase, title } = WORDS[language]
    const lower = (text: string) => text.toLowerCase()

    it('the verdict’s downside section says so under the failure case, only with options', async () => {
      await renderVerdict(storedPersona('p1', [OPTIONS_OFFER, PLAIN_OFFER]), 'o-options', language)
      // Beside the figure itself, not only in the reasons under it.
      const figures = screen.getByRole('region', { name: title }).querySelector('.verdict-figures')
      expect(lower(figures?.textContent ?? '')).toContain(lower(phrase))
      cleanup()
      await renderVerdict(storedPersona('p1', [OPTIONS_OFFER, PLAIN_OFFER]), 'o-plain', language)
      const plain = screen.getByRole('region', { name: title })
      expect(lower(plain.textContent)).not.toContain(lower(phrase))
    })

    it('the downside reason, the comparison and the Markdown report say so, only with options', async () => {
      const i18n = await createI18n(language)
      const words = { t: i18n.t, language }
      for (const [offerId, said] of [
        ['o-options', true],
        ['o-plain', false],
      ] as const) {
        const { live, offer } = assessed(offerId)
        const reason = offer.downside.reasons.find((item) => item.ruleId === 'downside')
        if (!reason) throw new Error('a downside reason')
        const sentence = offerReasonText(reason, i18n.t, language, live.ruleset)
        const compare = downsideText(offer.downside, { ...words, ruleset: live.ruleset })
        const markdown = offerMarkdown(live, offerId, {
          ...words,
          now: new Date(2026, 10, 29),
          appVersion: '9.9.9',
        })
        for (const text of [sentence, compare]) {
          expect(lower(text).includes(lower(phrase)), `${offerId}: ${text.slice(0, 80)}`).toBe(said)
        }
        // The report says it twice: under the failure case's figure, and in the reason.
        expect(lower(markdown).split(lower(phrase)).length - 1).toBe(said ? 2 : 0)
      }
    })
  },
)
