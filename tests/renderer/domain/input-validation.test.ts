import { describe, expect, it } from 'vitest'
import { parseAssessmentInput } from '../../../renderer/domain'

const profile = {
  education: 'master',
  yearsOfExperience: 5,
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
}
const offer = (pay: object) => ({ id: 'o1', company: 'X', employerKind: 'startup', pay })

function issuesOf(data: unknown) {
  const result = parseAssessmentInput(data)
  if (result.ok) throw new Error('expected the input to be refused')
  return result.issues
}

describe('invalid input is refused with the field named', () => {
  it('negative or absurd months', () => {
    const issues = issuesOf({
      profile,
      skills: [],
      offers: [offer({ base: { kind: 'monthly', monthly: { low: 1, high: 2 }, months: -3 } })],
    })
    expect(issues).toContainEqual(expect.objectContaining({ path: 'offers.0.pay.base.months' }))
  })

  it('a range with low above high', () => {
    const issues = issuesOf({
      profile,
      skills: [],
      offers: [offer({ base: { kind: 'annual', annual: { low: 900_000, high: 500_000 } } })],
    })
    expect(issues).toContainEqual({
      path: 'offers.0.pay.base.annual.low',
      message: 'low must not exceed high',
    })
  })

  it('an unknown skill domain', () => {
    const issues = issuesOf({
      profile,
      skills: [{ id: 's1', name: 'Prompting', domain: 'prompt-whispering', level: 2 }],
      offers: [],
    })
    expect(issues).toContainEqual(expect.objectContaining({ path: 'skills.0.domain' }))
  })

  it('a currency without a rate', () => {
    const issues = issuesOf({
      profile,
      skills: [],
      offers: [offer({ currency: 'EUR', base: { kind: 'annual', annual: { low: 1, high: 1 } } })],
    })
    expect(issues).toContainEqual({
      path: 'offers.0.pay.currency',
      message: 'no exchange rate set for EUR: add one in settings.exchangeRates',
    })
  })

  it('a level out of range, money with fractions of a fen, vesting that does not add up, duplicate ids', () => {
    const issues = issuesOf({
      profile,
      skills: [
        { id: 's1', name: 'A', domain: 'nlp', level: 7 },
        { id: 's1', name: 'B', domain: 'nlp', level: 2 },
      ],
      offers: [
        offer({
          base: { kind: 'annual', annual: { low: 1.234, high: 2 } },
          stock: { kind: 'grant', grantValue: { low: 1, high: 1 }, schedule: [25, 25, 25] },
        }),
      ],
    })
    const paths = issues.map((issue) => issue.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'skills.0.level',
        'skills.1.id',
        'offers.0.pay.base.annual.low',
        'offers.0.pay.stock.schedule',
      ]),
    )
  })

  it('accepts a minimal valid document and fills its defaults', () => {
    const result = parseAssessmentInput({
      profile,
      skills: [],
      offers: [offer({ base: { kind: 'text', text: '30k×13' } })],
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.input.offers[0]?.checklist['model-product']).toBe('unknown')
    expect(result.input.settings.socialInsurance).toEqual({ cityPreset: 'auto' })
    expect(result.input.journal).toEqual([])
  })
})
