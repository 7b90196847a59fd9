import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform, type Platform } from '../../../../renderer/platform'
import {
  assessWithDraft,
  type LiveAssessment,
  type StoredForAssessment,
} from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferVerdict } from '../../../../renderer/ui/screens/offers/verdict/OfferVerdict'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona, type PERSONAS } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const STAMP = '2026-11-29T08:00:00.000Z'

/** A persona's records as they are stored (through the stored schemas), with more offers. */
export function storedPersona(
  name: keyof typeof PERSONAS,
  extraOffers: unknown[] = [],
): StoredForAssessment {
  const input = loadPersona(name)
  const stamps = { createdAt: STAMP, updatedAt: STAMP }
  return {
    sources: {
      profile: storedProfileSchema.parse({ ...input.profile, id: 'me', updatedAt: STAMP }),
      skills: input.skills.map((skill) => storedSkillSchema.parse({ ...skill, ...stamps })),
      offers: [...input.offers, ...extraOffers].map((offer) =>
        storedOfferSchema.parse({ ...(offer as object), ...stamps }),
      ),
      journal: [],
      settings: input.settings,
    },
    rulesetInUse: rulesetFrom(undefined),
  }
}

/** The stored offer with that id, as the engine reads it (for drafts built on it). */
export function storedOffer(stored: StoredForAssessment, offerId: string): Offer {
  const offer = assessWithDraft(stored).input.offers.find((candidate) => candidate.id === offerId)
  if (!offer) throw new Error(`no offer ${offerId}`)
  return offer
}

/** A platform whose save is a spy: saved under the suggested name. */
export function fakePlatform() {
  const saveTextFile = vi.fn<Platform['saveTextFile']>((name) =>
    Promise.resolve({ status: 'saved' as const, fileName: name }),
  )
  const platform: Platform = { ...detectPlatform({}), saveTextFile }
  return { platform, saveTextFile }
}

/** Renders the verdict on one offer with the app's services and words; `rerenderWith` shows
 *  another assessment (a draft typed into the form). */
export async function renderVerdict(
  stored: StoredForAssessment,
  offerId: string,
  language: UiLanguage,
  platform: Platform = fakePlatform().platform,
) {
  const db = new TidemarkDatabase(`offer-verdict-test-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  const services = testServices(db, platform)
  const tree = (live: LiveAssessment) => (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <OfferVerdict live={live} offerId={offerId} />
      </ServicesProvider>
    </I18nextProvider>
  )
  const live = assessWithDraft(stored)
  const result = render(tree(live))
  return {
    ...result,
    i18n,
    live,
    rerenderWith: (next: LiveAssessment) => {
      result.rerender(tree(next))
    },
  }
}
