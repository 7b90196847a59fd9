import { z } from 'zod'
import type { Compensation } from './compensation'
import { journalEventSchema } from './journal'
import { offerSchema } from './offer'
import { profileSchema, skillSchema } from './profile'
import { engineSettingsSchema } from './settings'

/**
 * The user's whole data as one document: what the engine assesses, and what the export file
 * will wrap. Cross-field rules live here: unique ids, and a rate for every foreign currency used.
 */
export const assessmentInputSchema = z
  .object({
    profile: profileSchema,
    skills: z.array(skillSchema).max(5000),
    offers: z.array(offerSchema).max(10_000),
    journal: z.array(journalEventSchema).max(100_000).default([]),
    settings: engineSettingsSchema.default(engineSettingsSchema.parse({})),
  })
  .strict()
  .superRefine((input, context) => {
    const rates = input.settings.exchangeRates
    const checkCurrency = (pay: Compensation | undefined, path: (string | number)[]) => {
      const needed: [string | undefined, (string | number)[]][] = [
        [pay?.currency, [...path, 'currency']],
        [pay?.options?.currency, [...path, 'options', 'currency']],
      ]
      for (const [currency, at] of needed) {
        if (currency && currency !== 'CNY' && rates[currency as keyof typeof rates] === undefined) {
          context.addIssue({
            code: 'custom',
            path: at,
            message: `no exchange rate set for ${currency}: add one in settings.exchangeRates`,
          })
        }
      }
    }
    checkCurrency(input.profile.currentPay, ['profile', 'currentPay'])
    input.offers.forEach((offer, index) => {
      checkCurrency(offer.pay, ['offers', index, 'pay'])
    })
    for (const [name, items] of [
      ['skills', input.skills],
      ['offers', input.offers],
      ['journal', input.journal],
    ] as const) {
      const seen = new Set<string>()
      items.forEach((item, index) => {
        if (seen.has(item.id)) {
          context.addIssue({
            code: 'custom',
            path: [name, index, 'id'],
            message: `duplicate id "${item.id}"`,
          })
        }
        seen.add(item.id)
      })
    }
  })
export type AssessmentInput = z.infer<typeof assessmentInputSchema>
/** What callers may pass before defaults are filled in (a form, an imported file). */
export type AssessmentInputDraft = z.input<typeof assessmentInputSchema>
