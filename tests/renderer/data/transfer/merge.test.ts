import { describe, expect, it } from 'vitest'
import { mergeDecision, sameRecord } from '../../../../renderer/data/transfer/merge'

describe('mergeDecision', () => {
  it('adds what is not stored, takes what is newer, keeps ours when newer, ties unchanged', () => {
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
    ).toBe('keep')
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
    expect(mergeDecision({ updatedAt: '2020-01-01T00:00:00.000Z' }, {})).toBe('keep')
  })

  it('calls the same stamp unchanged, written with or without milliseconds', () => {
    expect(
      mergeDecision(
        { updatedAt: '2026-01-01T00:00:00Z', level: 2 },
        { updatedAt: '2026-01-01T00:00:00.000Z', level: 2 },
      ),
    ).toBe('unchanged')
  })

  it('does not call the same stamp on different content unchanged: a tie, the stored one kept', () => {
    expect(
      mergeDecision(
        { updatedAt: '2026-01-01T00:00:00Z', level: 2 },
        { updatedAt: '2026-01-01T00:00:00.000Z', level: 3 },
      ),
    ).toBe('tie')
  })

  it('compares records without a timestamp by content, in any key order', () => {
    const day = { date: '2026-11-01', score: 40, levels: { nlp: 2, cv: 1 } }
    expect(mergeDecision(day, { levels: { cv: 1, nlp: 2 }, score: 40, date: '2026-11-01' })).toBe(
      'unchanged',
    )
    expect(mergeDecision(day, { ...day, score: 41 })).toBe('keep')
    expect(mergeDecision(day, { ...day, levels: { nlp: 3, cv: 1 } })).toBe('keep')
  })
})

describe('sameRecord (what a replace calls the same as yours)', () => {
  it('compares content, not the stamp alone', () => {
    const at = '2026-01-01T00:00:00.000Z'
    expect(sameRecord({ updatedAt: at, level: 2 }, { updatedAt: at, level: 2 })).toBe(true)
    expect(sameRecord({ updatedAt: at, level: 2 }, { updatedAt: at, level: 3 })).toBe(false)
    expect(
      sameRecord({ level: 2, updatedAt: '2026-01-01T00:00:00Z' }, { updatedAt: at, level: 2 }),
    ).toBe(true)
    expect(sameRecord({ updatedAt: at }, { updatedAt: '2026-01-02T00:00:00.000Z' })).toBe(false)
  })
})
