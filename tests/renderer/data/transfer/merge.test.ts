import { describe, expect, it } from 'vitest'
import { mergeDecision } from '../../../../renderer/data/transfer/merge'

describe('mergeDecision', () => {
  it('adds what is not stored, takes what is newer, keeps ties and older', () => {
    expect(mergeDecision(undefined, { updatedAt: '2026-01-01T00:00:00.000Z' })).toBe('add')
    expect(
      mergeDecision(
        { updatedAt: '2026-01-01T00:00:00.000Z' },
        { updatedAt: '2026-01-02T00:00:00.000Z' },
      ),
    ).toBe('update')
    expect(
      mergeDecision(
        { updatedAt: '2026-01-02T00:00:00.000Z' },
        { updatedAt: '2026-01-02T00:00:00.000Z' },
      ),
    ).toBe('unchanged')
    expect(
      mergeDecision(
        { updatedAt: '2026-01-03T00:00:00.000Z' },
        { updatedAt: '2026-01-02T00:00:00.000Z' },
      ),
    ).toBe('unchanged')
  })

  it('compares instants, not text: 00.500Z is later than 00Z', () => {
    expect(
      mergeDecision(
        { updatedAt: '2026-01-01T00:00:00Z' },
        { updatedAt: '2026-01-01T00:00:00.500Z' },
      ),
    ).toBe('update')
  })

  it('counts a record without a timestamp as the oldest', () => {
    expect(mergeDecision({}, { updatedAt: '2020-01-01T00:00:00.000Z' })).toBe('update')
    expect(mergeDecision({ updatedAt: '2020-01-01T00:00:00.000Z' }, {})).toBe('unchanged')
  })
})
