import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  assess,
  assessmentInputSchema,
  CHECKLIST_ITEM_IDS,
  DEFAULT_RULESET as ruleset,
  RED_FLAG_IDS,
  type AssessmentInput,
} from '../../../renderer/domain'
import { assessTransitionRisk } from '../../../renderer/domain/risk/transition-risk'
import { scoreSkills } from '../../../renderer/domain/skills/score-skills'
import {
  inputArbitrary,
  offerArbitrary,
  profileArbitrary,
  skillArbitrary,
} from '../../helpers/arbitraries'

const runs = { numRuns: 300 }

type OfferDraft = typeof offerArbitrary extends fc.Arbitrary<infer T> ? T : never

/** Every {low, high} pair anywhere in a result. */
function ranges(value: unknown, path = ''): { path: string; low: number; high: number }[] {
  if (typeof value !== 'object' || value === null) return []
  const record = value as Record<string, unknown>
  const here =
    typeof record['low'] === 'number' && typeof record['high'] === 'number'
      ? [{ path, low: record['low'], high: record['high'] }]
      : []
  return [
    ...here,
    ...Object.entries(record).flatMap(([key, child]) => ranges(child, `${path}.${key}`)),
  ]
}

function numbers(value: unknown, path = ''): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    numbers(child, `${path}.${key}`),
  )
}

describe('skill score', () => {
  it('never drops when a skill gains evidence or a level', () => {
    fc.assert(
      fc.property(
        profileArbitrary,
        fc.array(skillArbitrary, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        (draft, skills, pick) => {
          const profile = assessmentInputSchema.parse({
            profile: draft,
            skills: [],
            offers: [],
          }).profile
          const index = pick % skills.length
          const before = scoreSkills(profile, skills, ruleset).score
          const skill = skills[index]
          if (!skill) return
          const withEvidence = skills.map((s, i) =>
            i === index
              ? { ...s, evidence: [...new Set([...s.evidence, 'production' as const])] }
              : s,
          )
          const levelledUp = skills.map((s, i) =>
            i === index ? { ...s, level: Math.min(4, s.level + 1) } : s,
          )
          expect(scoreSkills(profile, withEvidence, ruleset).score).toBeGreaterThanOrEqual(before)
          expect(scoreSkills(profile, levelledUp, ruleset).score).toBeGreaterThanOrEqual(before)
        },
      ),
      runs,
    )
  })

  it('is explained by its reasons: their points add up to the raw score, clamped to 0-100', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = scoreSkills(input.profile, input.skills, ruleset)
        const sum = result.reasons.reduce((total, reason) => total + reason.points, 0)
        expect(sum).toBeCloseTo(result.rawScore, 9)
        expect(result.score).toBeCloseTo(Math.min(100, Math.max(0, sum)), 9)
      }),
      runs,
    )
  })
})

describe('transition risk', () => {
  it('never drops when a red flag is added or a checklist item is answered "no"', () => {
    fc.assert(
      fc.property(
        inputArbitrary,
        offerArbitrary,
        fc.constantFrom(...RED_FLAG_IDS),
        fc.constantFrom(...CHECKLIST_ITEM_IDS),
        (input, draft, flag, item) => {
          const offer = assessmentInputSchema.parse({ ...input, offers: [draft] }).offers[0]
          if (!offer) return
          const before = assessTransitionRisk(offer, input.profile, input.settings, ruleset)
          const flagged = { ...offer, redFlags: [...new Set([...offer.redFlags, flag])] }
          const answeredNo = { ...offer, checklist: { ...offer.checklist, [item]: 'no' as const } }
          expect(
            assessTransitionRisk(flagged, input.profile, input.settings, ruleset).score,
          ).toBeGreaterThanOrEqual(before.score)
          expect(
            assessTransitionRisk(answeredNo, input.profile, input.settings, ruleset).score,
          ).toBeGreaterThanOrEqual(before.score)
          expect(before.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBeCloseTo(
            before.rawScore,
            9,
          )
        },
      ),
      runs,
    )
  })
})

describe('the whole assessment', () => {
  it('more pay never lowers the raise', () => {
    // The same offer twice, the second with `extra` more stock a year.
    const withMoreStock = (draft: OfferDraft, extra: number, id: string) => {
      const perYear = draft.pay.stock?.perYear ?? { low: 0, high: 0 }
      return {
        ...draft,
        id,
        pay: {
          ...draft.pay,
          stock: {
            kind: 'per-year' as const,
            perYear: { low: perYear.low + extra, high: perYear.high + extra },
          },
        },
      }
    }
    fc.assert(
      fc.property(
        inputArbitrary,
        offerArbitrary,
        fc.integer({ min: 1, max: 500_000 }),
        (input, draft, extra) => {
          if (!input.profile.currentPay) return
          const offers = [withMoreStock(draft, 0, 'a'), withMoreStock(draft, extra, 'b')]
          const [a, b] = assess(assessmentInputSchema.parse({ ...input, offers }), ruleset).offers
          if (!a?.ok || !b?.ok || !a.raise || !b.raise) return
          expect(b.raise.low).toBeGreaterThanOrEqual(a.raise.low)
          expect(b.raise.high).toBeGreaterThanOrEqual(a.raise.high)
        },
      ),
      runs,
    )
  }, 30_000) // two whole assessments a run: 5-6 s on a loaded two-core machine

  it('keeps low ≤ high in every range and never returns NaN or infinity', () => {
    fc.assert(
      fc.property(inputArbitrary, (input: AssessmentInput) => {
        const result = assess(input, ruleset)
        for (const range of ranges(result))
          expect(range.low, range.path).toBeLessThanOrEqual(range.high)
        for (const entry of numbers(result))
          expect(Number.isFinite(entry.value), entry.path).toBe(true)
      }),
      runs,
    )
  }, 30_000) // a hundred whole assessments: seconds on a loaded two-core machine

  it('always recommends with at least one cited reason', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        for (const offer of assess(input, ruleset).offers) {
          if (!offer.ok) continue
          expect(offer.recommendation.reasons.length).toBeGreaterThan(0)
          for (const reason of offer.recommendation.reasons) expect(reason.citation).toBeDefined()
        }
      }),
      runs,
    )
  })
})
