import { describe, expect, it } from 'vitest'
import { keptDrafts, sameValues } from '../../../../renderer/ui/form/kept-drafts'
import { filledFields, unfilled } from '../../../../renderer/ui/form/paste-fill'

describe('the fields a pasted line filled', () => {
  const before = {
    base: { kind: 'monthly', monthly: { low: '', high: '' }, months: '' },
    currency: 'CNY',
  }
  const after = {
    base: { kind: 'annual', monthly: { low: '', high: '' }, months: '' },
    currency: 'CNY',
  }

  it('are the parts the line changed, named by their path', () => {
    expect(filledFields('pay', before, after, 1)).toEqual([
      { path: 'pay.base', before: before.base, after: after.base },
    ])
    expect(filledFields('pay', before, after, 2)).toEqual([
      { path: 'pay.base.kind', before: 'monthly', after: 'annual' },
    ])
    expect(filledFields('pay', undefined, { a: 1 }, 1)).toEqual([
      { path: 'pay', before: undefined, after: { a: 1 } },
    ])
  })

  it('go back to what they held, unless typed in since', () => {
    const filled = [
      { path: 'pay.base.kind', before: 'monthly', after: 'annual' },
      { path: 'pay.base.annual.low', before: '', after: '800000' },
    ]
    const now: Record<string, unknown> = {
      'pay.base.kind': 'annual',
      'pay.base.annual.low': '900000',
    }
    expect(unfilled(filled, (path) => now[path])).toEqual([
      { path: 'pay.base.kind', value: 'monthly' },
    ])
  })
})

describe('kept drafts', () => {
  it('are kept a database and key, and forgotten with null', () => {
    const shelf = keptDrafts<string>()
    const one = {}
    const two = {}
    shelf.keep(one, 'a', 'typed')
    expect(shelf.read(one, 'a')).toBe('typed')
    expect(shelf.read(one, 'b')).toBeNull()
    expect(shelf.read(two, 'a')).toBeNull()
    shelf.keep(one, 'a', null)
    expect(shelf.read(one, 'a')).toBeNull()
  })

  it('compare form values with undefined keys and empty records as absent', () => {
    expect(sameValues({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameValues({ pay: { bonus: { months: undefined } } }, { pay: {} })).toBe(true)
    expect(sameValues({ a: [1, 2] }, { a: [1, 2] })).toBe(true)
    expect(sameValues({ a: '1' }, { a: 1 })).toBe(false)
    expect(sameValues({ low: 1, high: '' }, { low: 1, high: undefined })).toBe(true)
  })
})
