import { describe, expect, it } from 'vitest'
import type { OfferAssessment } from '../../../../renderer/domain/assess'
import type { Recommendation } from '../../../../renderer/domain/model/enums'
import { verdictFlips } from '../../../../renderer/ui/screens/rules/verdict-flips'

/** Only what verdictFlips reads of an offer's assessment. */
function assessed(offerId: string, recommendation: Recommendation | null, payJudged = true) {
  return (recommendation === null
    ? { offerId, ok: false }
    : {
        offerId,
        ok: true,
        recommendation: { recommendation, payJudged },
      }) as unknown as OfferAssessment
}

const offers = [
  // Stored offers come back by id: not the order they were entered in.
  { id: 'a', company: 'Later', role: '', createdAt: '2026-11-30T09:00:00.000Z' },
  { id: 'b', company: 'Earlier', role: 'NLP engineer', createdAt: '2026-11-29T09:00:00.000Z' },
  { id: 'c', company: 'Unread', role: '', createdAt: '2026-11-28T09:00:00.000Z' },
  { id: 'd', company: 'Same', role: '', createdAt: '2026-11-27T09:00:00.000Z' },
]

describe('verdictFlips', () => {
  it('lists the offers whose advice changes, in the order entered, as the screens name them', () => {
    const before = [
      assessed('a', 'accept'),
      assessed('b', 'accept', false),
      assessed('c', null),
      assessed('d', 'negotiate'),
    ]
    const after = [
      assessed('a', 'negotiate'),
      assessed('b', 'accept'),
      assessed('c', null),
      assessed('d', 'negotiate'),
    ]
    expect(verdictFlips(offers, before, after)).toEqual([
      { offerId: 'b', name: 'Earlier · NLP engineer', from: 'acceptUnjudged', to: 'accept' },
      { offerId: 'a', name: 'Later', from: 'accept', to: 'negotiate' },
    ])
  })
})
