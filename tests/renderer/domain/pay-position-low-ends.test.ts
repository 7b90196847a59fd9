import { describe, expect, it } from 'vitest'
import type { Fen } from '../../../renderer/domain/money'
import type { Range } from '../../../renderer/domain/range'
import { payPosition } from '../../../renderer/domain/recommend/pay-position'
import { DEFAULT_RULESET as ruleset } from '../../../renderer/domain/ruleset/default-ruleset'

const fen = (low: number, high = low): Range<Fen> =>
  ({ low: low * 100, high: high * 100 }) as Range<Fen>

/** The widest raise, as assess.ts computes it: the offer's low end over the current pay's top. */
function widest(total: Range<Fen>, current: Range<Fen>): Range {
  return { low: total.low / current.high - 1, high: total.high / current.low - 1 }
}

/**
 * Trial 13 M3: premium's band is +30% – +100%. A current pay of 350k–437.5k (a bonus of 0–3
 * months) against an offer of 500k–520k: the widest raise starts at +14.3%, the low ends give
 * +42.9%. The offer is judged within the band by the low ends, and the judgement says which.
 */
describe('a raise judged within the band by its low ends', () => {
  const current = fen(350_000, 437_500)
  const total = fen(500_000, 520_000)
  const raise = widest(total, current)

  it('is within, and carries the raise that judged it', () => {
    expect(raise.low).toBeCloseTo(0.143, 3)
    const judgement = payPosition(raise, total, current, 'premium', ruleset, null)
    expect(judgement.position).toBe('within')
    expect(judgement.lowEndRaise).toBeCloseTo(500 / 350 - 1, 6)
  })

  it('carries nothing more where the widest raise is already inside the band', () => {
    const single = fen(350_000)
    const judgement = payPosition(widest(total, single), total, single, 'premium', ruleset, null)
    expect(judgement.position).toBe('within')
    expect(judgement).not.toHaveProperty('lowEndRaise')
  })

  it('carries nothing for a range whose low ends straddle the floor', () => {
    const low = fen(400_000, 700_000)
    const judgement = payPosition(widest(low, current), low, current, 'premium', ruleset, null)
    expect(judgement.position).toBe('straddles')
    expect(judgement).not.toHaveProperty('lowEndRaise')
  })
})
