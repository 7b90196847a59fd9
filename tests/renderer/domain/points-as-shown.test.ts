import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../renderer/domain'
import { profileSchema, skillSchema } from '../../../renderer/domain/model/profile'
import { roundToDecimals } from '../../../renderer/domain/rounding'
import { differenceAsShown, pointsAsShown } from '../../../renderer/domain/skills/points-as-shown'
import { scoreSkills } from '../../../renderer/domain/skills/score-skills'

const sumOf = (values: readonly number[]) =>
  roundToDecimals(
    values.reduce((sum, value) => sum + value, 0),
    1,
  )

describe('reasons’ points as shown add up to the score as shown', () => {
  it('5 + 1.75 + 0.875 = 7.625 reads 5 + 1.7 + 0.9 = 7.6 (rounded alone: 7.7)', () => {
    const parts = [5, 1.75, 0.875].map((points) => ({ points }))
    expect(pointsAsShown(parts)).toEqual([5, 1.7, 0.9])
  })

  it('a score of three level-1 domains: the parts add to the shown score', () => {
    const profile = profileSchema.parse({
      education: 'bachelor',
      yearsOfExperience: 1,
      currentEmployer: 'mid-size',
      roleFamily: 'engineering',
      stability: 'stable',
    })
    const skills = ['fine-tuning', 'nlp', 'computer-vision'].map((domain) =>
      skillSchema.parse({ id: domain, name: domain, domain, level: 1, evidence: [] }),
    )
    const result = scoreSkills(profile, skills, ruleset)
    const shown = pointsAsShown(result.reasons)
    expect(roundToDecimals(result.score, 1)).toBe(7.6)
    // Each rounded alone, they read 7.7.
    expect(sumOf(result.reasons.map((reason) => roundToDecimals(reason.points, 1)))).toBe(7.7)
    expect(sumOf(shown)).toBe(7.6)
  })

  it('no part moves by a whole unit; zero stays zero; negatives and exact parts hold', () => {
    const points = [12.34, -3.25, 0, 8, 0.05, 1 / 3, 2 / 3]
    const shown = pointsAsShown(points.map((value) => ({ points: value })))
    points.forEach((value, index) => {
      expect(Math.abs((shown[index] ?? 0) - value)).toBeLessThan(0.1)
    })
    expect(shown[2]).toBe(0)
    expect(shown[3]).toBe(8)
    expect(sumOf(shown)).toBe(
      roundToDecimals(
        points.reduce((a, b) => a + b, 0),
        1,
      ),
    )
  })

  it('random parts always add to their rounded sum', () => {
    let seed = 7
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 30 - 5
    for (let run = 0; run < 500; run++) {
      const points = Array.from({ length: 1 + (run % 9) }, random)
      const shown = pointsAsShown(points.map((value) => ({ points: value })))
      expect(sumOf(shown)).toBe(
        roundToDecimals(
          points.reduce((a, b) => a + b, 0),
          1,
        ),
      )
    }
  })

  it('to a total set by the caller: a gap’s parts add to the difference of the scores shown', () => {
    // Trial 34 #5: 58.375 → 80.4375 shows 58.4 → 80.4, a gain of +22, not the +22.1 that the
    // gain 22.0625 rounds to alone; the parts follow the 22.
    expect(differenceAsShown(80.4375, 58.375)).toBe(22)
    const parts = [50, -17.5, -6.5625, -2.5, -0.875, -0.5].map((points) => ({ points }))
    expect(pointsAsShown(parts)).toEqual([50, -17.5, -6.5, -2.5, -0.9, -0.5])
    expect(pointsAsShown(parts, 1, 22)).toEqual([50, -17.5, -6.6, -2.5, -0.9, -0.5])
    // A total a unit below the parts cut down: the part that lost least gives it back (1 → 0.9,
    // off by the unit; 2.04 → 1.9 would be off by more), and a part of 0 stays 0.
    expect(pointsAsShown([{ points: 1 }, { points: 2.04 }, { points: 0 }], 1, 2.9)).toEqual([
      0.9, 2, 0,
    ])
  })

  it('random parts add to any total within a unit of their sum, each within a unit', () => {
    let seed = 11
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 30 - 5
    for (let run = 0; run < 500; run++) {
      const before = random() + 20
      const points = Array.from({ length: 1 + (run % 9) }, random)
      const after = before + points.reduce((a, b) => a + b, 0)
      const total = differenceAsShown(after, before)
      const shown = pointsAsShown(
        points.map((value) => ({ points: value })),
        1,
        total,
      )
      expect(sumOf(shown)).toBe(total)
      points.forEach((value, index) => {
        expect(Math.abs((shown[index] ?? 0) - value)).toBeLessThan(0.1 + 1e-9)
      })
    }
  })
})
