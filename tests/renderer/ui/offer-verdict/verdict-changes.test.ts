import { describe, expect, it } from 'vitest'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import {
  itemKey,
  unknownItems,
  withAnswer,
} from '../../../../renderer/ui/screens/offers/verdict/unknown-items'
import {
  verdictChanges,
  verdictChangesCached,
} from '../../../../renderer/ui/screens/offers/verdict/verdict-changes'
import { storedOffer, storedPersona } from './verdict-fixture'

const stored = storedPersona('p4')
const fourSteps = storedOffer(stored, 'o-four-steps')

describe('unknown items', () => {
  it('are the checklist items left unknown, the eagerness, and a startup’s funding', () => {
    expect(unknownItems(fourSteps).map(itemKey)).toEqual([
      'checklist:roadmap',
      'checklist:leadership-understands-llms',
      'checklist:team-strength',
      'funding',
    ])
  })

  it('leave the checklist out for an established business line (it weighs a new LLM business)', () => {
    // bb22b8c: the checklist adds no risk there, so asking it would ask what changes nothing.
    const established = { ...fourSteps, employerKind: 'big-tech-established-line' as const }
    expect(unknownItems({ ...established, employerEager: 'unknown' }).map(itemKey)).toEqual([
      'employer-eager',
    ])
    expect(unknownItems(established)).toEqual([])
    const changes = verdictChanges(stored, { ...established, employerEager: 'unknown' })
    expect(changes.map((change) => itemKey(change.item))).toEqual(['employer-eager'])
  })

  it('answer yes or no on a copy of the offer', () => {
    const roadmap = { kind: 'checklist', id: 'roadmap' } as const
    expect(withAnswer(fourSteps, roadmap, 'yes').checklist.roadmap).toBe('yes')
    expect(withAnswer(fourSteps, { kind: 'funding' }, 'yes').funding).toBe('funded')
    expect(withAnswer(fourSteps, { kind: 'funding' }, 'no').funding).toBe('unfunded')
    expect(withAnswer(fourSteps, { kind: 'employer-eager' }, 'no').employerEager).toBe('no')
    expect(fourSteps.checklist.roadmap).toBe('unknown')
  })
})

describe('what would change the verdict', () => {
  it('runs the engine on both answers: five red flags decline whatever the answer', () => {
    const changes = verdictChanges(stored, fourSteps)
    expect(changes.map((change) => itemKey(change.item))).toEqual(
      unknownItems(fourSteps).map(itemKey),
    )
    for (const change of changes) {
      expect(change.ifYes?.recommendation).toBe('decline')
      expect(change.ifNo?.recommendation).toBe('decline')
      expect(change.flips).toBe(false)
    }
    // Funding moves the risk score even where the verdict stays: 100 is the cap, so look below it.
    const noFlags = {
      ...fourSteps,
      redFlags: [],
      checklist: {
        ...fourSteps.checklist,
        'model-product': 'yes' as const,
        deployment: 'yes' as const,
      },
    }
    const funding = verdictChanges(stored, noFlags).find((change) => change.item.kind === 'funding')
    expect(funding?.ifNo?.riskScore).toBeGreaterThan(funding?.ifYes?.riskScore ?? Infinity)
  })

  it('agrees with the engine run on the whole stored state', () => {
    const [change] = verdictChanges(stored, fourSteps)
    const whole = assessWithDraft(stored, {
      offer: withAnswer(fourSteps, { kind: 'checklist', id: 'roadmap' }, 'no'),
    }).assessment.offers.find((offer) => offer.offerId === 'o-four-steps')
    if (!whole?.ok) throw new Error('reads')
    expect(change?.ifNo).toEqual({
      recommendation: whole.recommendation.recommendation,
      riskScore: whole.risk.score,
      riskLevel: whole.risk.level,
    })
  })

  it('is worked out once per offer as it stands', () => {
    const first = verdictChangesCached(stored, fourSteps)
    expect(verdictChangesCached(stored, { ...fourSteps })).toBe(first)
    const changed = { ...fourSteps, checklist: { ...fourSteps.checklist, roadmap: 'yes' as const } }
    const second = verdictChangesCached(stored, changed)
    expect(second).not.toBe(first)
    expect(second).toHaveLength(first.length - 1)
    // Another stored state (a write anywhere) starts afresh.
    expect(verdictChangesCached({ ...stored, sources: { ...stored.sources } }, fourSteps)).not.toBe(
      first,
    )
  })
})
