import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { livePersona } from './live-persona'

/**
 * New-user trial 11: the offer's Markdown export ended each reason with "文章第 36 行" and no
 * sentence, where the self-assessment's quotes the article's words. Every reason now carries
 * the sentence behind it: the words as written (繁體) and their rendering in the reader's language.
 */
describe.each<UiLanguage>(['en', 'zh-CN'])(
  'an offer’s export quotes the article (%s)',
  (language) => {
    it('gives each red flag of P4 its L50 sentence, as written and as the reader reads it', async () => {
      const live = livePersona('p4')
      const assessed = live.assessment.offers[0]
      if (!assessed?.ok) throw new Error('P4’s offer reads')
      const i18n = await createI18n(language)
      const markdown = offerMarkdown(live, assessed.offerId, {
        t: i18n.t,
        language,
        now: new Date(2026, 10, 29),
        appVersion: '9.9.9',
      })
      const flags = assessed.risk.reasons.filter((reason) => reason.facts['redFlag'] !== undefined)
      expect(flags.length).toBe(5)
      for (const flag of flags) {
        if (flag.citation.source !== 'article') throw new Error('a red flag cites the article')
        expect(markdown).toContain(`> ${flag.citation.quote}`)
        expect(markdown).toContain(
          `> ${language === 'zh-CN' ? flag.citation.quoteZhHans : flag.citation.paraphraseEn}`,
        )
      }
      // The items stay a list: a quoted item is followed by a blank line, not run into the next.
      expect(markdown).not.toMatch(/^ *> .*\n\d+\. /m)
    })
  },
)
