import { describe, expect, it } from 'vitest'
import type { StoredOffer } from '../../../../renderer/data/records'
import { fieldsFromStored } from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'

/**
 * A pay stored as "总包 135 万（含股票）" (before the forms refused such a line) opens in the offer
 * form as written, as the engine refuses it: read into the fields, it was 1.35M of cash.
 */
function stored(text: string): StoredOffer {
  return {
    id: 'o1',
    company: 'Example',
    role: '',
    employerKind: 'startup',
    funding: 'unknown',
    pay: { currency: 'CNY', base: { kind: 'text', text } },
    taxedInChina: true,
    checklist: {
      'model-product': 'unknown',
      deployment: 'unknown',
      roadmap: 'unknown',
      'leadership-understands-llms': 'unknown',
      'team-strength': 'unknown',
    },
    redFlags: [],
    employerEager: 'unknown',
    roleDomains: [],
    createdAt: '2026-11-25T08:30:00.000Z',
    updatedAt: '2026-11-25T08:30:00.000Z',
    status: 'considering',
    notes: '',
  }
}

describe('a stored figure said to include stock, opened in the offer form', () => {
  it('stays as written, not read into the cash fields', () => {
    const { base } = fieldsFromStored(stored('总包 135 万（含股票）')).pay
    expect(base.kind).toBe('text')
    expect(base.text).toBe('总包 135 万（含股票）')
  })

  it('a figure with its stock part given is read as before', () => {
    const { base, stock } = fieldsFromStored(stored('年包 100 万（含 20 万股票）')).pay
    expect(base.kind).toBe('annual')
    expect(base.annual.low).toBe('800000')
    expect(stock.kind).toBe('per-year')
  })
})
