import { describe, expect, it } from 'vitest'
import { storedOfferSchema, storedProfileSchema } from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { loadPersona } from '../../../helpers/personas'

const STAMP = '2026-11-29T08:00:00.000Z'

/**
 * Options not priced yet are left out of the totals, and the verdict says so (739bc30); the
 * offer's Markdown export said nothing of them, as if the offer had none.
 */
describe.each<UiLanguage>(['en', 'zh-CN'])(
  'an offer with options not priced yet, exported (%s)',
  (language) => {
    it('says the options are not counted, in the verdict’s words', async () => {
      const persona = loadPersona('p1')
      const live = assessWithDraft({
        sources: {
          profile: storedProfileSchema.parse({ ...persona.profile, id: 'me', updatedAt: STAMP }),
          skills: [],
          offers: [
            storedOfferSchema.parse({
              id: 'o',
              company: 'Startup',
              employerKind: 'startup',
              pay: {
                base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 16 },
                options: { priced: false, count: 100_000, listed: false, cliffMonths: 12 },
              },
              createdAt: STAMP,
              updatedAt: STAMP,
            }),
          ],
          journal: [],
          settings: persona.settings,
        },
        rulesetInUse: rulesetFrom(undefined),
      })
      const assessed = live.assessment.offers[0]
      if (!assessed?.ok) throw new Error('the offer reads')
      expect(assessed.pay.optionsUncounted).toEqual({ reason: 'unpriced' })
      const i18n = await createI18n(language)
      const markdown = offerMarkdown(live, 'o', {
        t: i18n.t,
        language,
        now: new Date(2026, 10, 29),
        appVersion: '9.9.9',
      })
      const sentence = i18n.t('offerVerdict.pay.optionsUncounted.unpriced', { currency: '' })
      expect(markdown).toContain(sentence.slice(0, 12))
    })
  },
)
