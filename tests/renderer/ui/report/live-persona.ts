import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import type { RulesetOverrides } from '../../../../renderer/domain'
import type { Skill } from '../../../../renderer/domain/model/profile'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { loadPersona, type PERSONAS } from '../../../helpers/personas'

const STAMP = '2026-11-29T08:00:00.000Z'

/**
 * A persona as the Skills screen would see it once stored: its records through the stored
 * schemas, assessed by the same function the live hook uses.
 */
export function livePersona(
  name: keyof typeof PERSONAS,
  options: {
    extraSkills?: Skill[]
    withoutOffers?: boolean
    overrides?: RulesetOverrides
    /** Fields of the profile to set over the persona's. */
    profile?: Record<string, unknown>
    /** Fields of every offer to set over the persona's. */
    offer?: Record<string, unknown>
    /** Exchange rates to set over the persona's. */
    rates?: Record<string, number>
  } = {},
): LiveAssessment {
  const input = loadPersona(name)
  const stamps = { createdAt: STAMP, updatedAt: STAMP }
  return assessWithDraft({
    sources: {
      profile: storedProfileSchema.parse({
        ...input.profile,
        ...options.profile,
        id: 'me',
        updatedAt: STAMP,
      }),
      skills: [...input.skills, ...(options.extraSkills ?? [])].map((skill) =>
        storedSkillSchema.parse({ ...skill, ...stamps }),
      ),
      offers: options.withoutOffers
        ? []
        : input.offers.map((offer) =>
            storedOfferSchema.parse({ ...offer, ...options.offer, ...stamps }),
          ),
      journal: [],
      settings: {
        ...input.settings,
        exchangeRates: { ...input.settings.exchangeRates, ...options.rates },
      },
    },
    rulesetInUse: rulesetFrom(options.overrides),
  })
}
