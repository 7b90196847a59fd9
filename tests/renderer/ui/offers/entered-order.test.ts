import { describe, expect, it } from 'vitest'
import { inEnteredOrder } from '../../../../renderer/ui/screens/offers/entered-order'

interface Item {
  id: string
  createdAt?: string
}

const ids = (items: readonly Item[]) => items.map((item) => item.id)
const byCreatedAt = (item: Item) => item.createdAt

describe('offers in the order entered', () => {
  it('sorts by the time each was entered, not by id', () => {
    const offers: Item[] = [
      { id: 'a', createdAt: '2026-11-29T09:00:00.000Z' },
      { id: 'b', createdAt: '2026-11-27T09:00:00.000Z' },
      { id: 'c', createdAt: '2026-11-28T23:59:59.999Z' },
    ]
    expect(ids(inEnteredOrder(offers, byCreatedAt))).toEqual(['b', 'c', 'a'])
    // A new array: the caller's list is left as it was.
    expect(ids(offers)).toEqual(['a', 'b', 'c'])
  })

  it('puts an item entered nowhere yet (an unsaved draft) last, and keeps ties in given order', () => {
    const offers: Item[] = [
      { id: 'draft' },
      { id: 'later', createdAt: '2026-11-29T09:00:00.000Z' },
      { id: 'same-1', createdAt: '2026-11-28T09:00:00.000Z' },
      { id: 'same-2', createdAt: '2026-11-28T09:00:00.000Z' },
      { id: 'draft-2' },
    ]
    expect(ids(inEnteredOrder(offers, byCreatedAt))).toEqual([
      'same-1',
      'same-2',
      'later',
      'draft',
      'draft-2',
    ])
  })

  it('reads the time through the function given (an assessment names its offer by id)', () => {
    const entered = new Map([
      ['o-2', '2026-11-29T09:00:00.000Z'],
      ['o-1', '2026-11-28T09:00:00.000Z'],
    ])
    const assessed = [{ offerId: 'o-new' }, { offerId: 'o-2' }, { offerId: 'o-1' }]
    expect(inEnteredOrder(assessed, (item) => entered.get(item.offerId))).toEqual([
      { offerId: 'o-1' },
      { offerId: 'o-2' },
      { offerId: 'o-new' },
    ])
  })
})
