import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain'
import { reasonFrom } from '../../../../renderer/domain/reason'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'

/**
 * Review 31 #5: a domain that counted in full before a step said "moves from domain no. 1",
 * whatever its rank was: with the second rank's weight set to 1 on the Rules screen, a move from
 * no. 2 to no. 3 read "from domain no. 1 to no. 3".
 */
const moved = reasonFrom('nlp', DEFAULT_RULESET.options, -17.5, {
  domain: 'nlp',
  level: 4,
  premiumClass: 'A',
  rank: 3,
  weight: 0.5,
  rankBefore: 2,
  weightBefore: 1,
  countedPoints: 17.5,
  fullPoints: 35,
})

describe('a domain moved down from a weight in full names the rank it had', () => {
  it.each([
    ['en', 'moves from domain no. 2 to no. 3, so it counts at 50% instead of in full'],
    ['zh-CN', '从第 2 个方向变为第 3 个，由全额计分改为按 50% 计分'],
  ] as const)('%s', async (language, words) => {
    const { t } = await createI18n(language)
    expect(reasonText(moved, t, language, DEFAULT_RULESET)).toContain(words)
  })
})
