import fc from 'fast-check'
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../renderer/data/transfer/export-format'
import { offerArbitrary, skillArbitrary } from './arbitraries'
import { loadPersona } from './personas'

const STAMP = '2026-11-01T08:00:00.000Z'

/**
 * An export file holding a full profile: the article mover's profile (persona p1, with its
 * current pay) and `skills` skills and `offers` offers drawn from the property tests'
 * arbitraries with a fixed seed: the benchmark's and the end-to-end tests' "profile of 30
 * skills and 10 offers", imported through Settings as a user would.
 */
export function profileExport({ skills = 30, offers = 10, seed = 7 } = {}): string {
  const persona = loadPersona('p1')
  const sample = <T>(arbitrary: fc.Arbitrary<T>, count: number, offset: number) =>
    count === 0 ? [] : fc.sample(arbitrary, { numRuns: count, seed: seed + offset })
  const storedSkills = sample(skillArbitrary, skills, 1).map((skill, index) => ({
    ...skill,
    id: `bench-skill-${String(index)}`,
    createdAt: STAMP,
    updatedAt: STAMP,
  }))
  const storedOffers = sample(offerArbitrary, offers, 2).map((offer, index) => ({
    ...offer,
    id: `bench-offer-${String(index)}`,
    // Foreign currencies would need exchange rates in the engine settings: keep them in yuan.
    pay: { ...offer.pay, currency: 'CNY' as const, options: undefined },
    status: 'considering' as const,
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  }))
  const document = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: STAMP,
    app: { name: 'Tidemark', version: '0.1.0' },
    data: {
      settings: null,
      profile: { ...persona.profile, id: 'me', updatedAt: STAMP },
      skills: storedSkills,
      skillSnapshots: [],
      offers: storedOffers,
      journal: [],
      goals: [],
      engineSettings: null,
      rulesetOverrides: null,
    },
  }
  return JSON.stringify(document, null, 2)
}
