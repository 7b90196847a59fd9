// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { assessmentInputSchema } from '../../../../renderer/domain/model/assessment-input'
import { profileSchema, skillSchema } from '../../../../renderer/domain/model/profile'
import { renderPanel, liveFrom, seedPersona } from './panel-fixture'

/**
 * New-user trial: a score's reasons read +10.7 in all against a score shown as 10.6, each part
 * rounded alone. Rounded together (largest remainder), the parts shown add up to the score
 * shown. Three level-1 domains: 5 + 1.75 + 0.875 = 7.625, shown 7.6 (alone: 5 + 1.8 + 0.9).
 */
afterEach(cleanup)

const input = assessmentInputSchema.parse({
  profile: profileSchema.parse({
    education: 'bachelor',
    yearsOfExperience: 1,
    currentEmployer: 'mid-size',
    roleFamily: 'engineering',
    stability: 'stable',
  }),
  skills: ['fine-tuning', 'nlp', 'computer-vision'].map((domain) =>
    skillSchema.parse({ id: domain, name: domain, domain, level: 1, evidence: [] }),
  ),
  offers: [],
})

/** The signed points each reason says ("+1.7 points", "+1,7 分"), in tenths. */
const POINTS = /([+\-−]\d+(?:[.,]\d)?)\s*(?:points|分)/u

for (const [language, why] of [
  ['en', 'Why'],
  ['zh-CN', '依据'],
] as const) {
  describe(`the reasons’ points add up to the score shown, ${language}`, () => {
    it('three level-1 domains: 7.6 in all, as the score reads', async () => {
      const { db, stored } = await seedPersona(input)
      await renderPanel(db, liveFrom(stored), language)
      const texts = Array.from(
        screen.getByRole('region', { name: why }).querySelectorAll('.reason-text'),
        (element) => element.textContent,
      )
      const tenths = texts.flatMap((text) => {
        const found = POINTS.exec(text)
        return found?.[1]
          ? [Math.round(Number(found[1].replace('−', '-').replace(',', '.')) * 10)]
          : []
      })
      expect(tenths).toEqual([50, 17, 9])
      const shownScore = document.querySelector('.assessment-score-value')?.textContent
      expect(shownScore).toBe('7.6')
      expect(tenths.reduce((a, b) => a + b, 0)).toBe(76)
    })
  })
}
