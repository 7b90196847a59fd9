// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  citationWords,
  NO_FILTER,
  ruleMatches,
  rulesFilter,
} from '../../../../renderer/ui/screens/rules/rules-filter'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { closeAll, renderRules, typeInto } from './rules-harness'

afterEach(async () => {
  cleanup()
  await closeAll()
})

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** The red flags the article lists at L50, by their English names. */
const L50_FLAGS = DEFAULT_RULESET.risk.redFlags
  .filter((flag) => flag.citation.source === 'article' && flag.citation.lines.includes(50))
  .map((flag) => flag.nameEn)

describe('the Rules filter', () => {
  it('reads an article line from what was typed, as the citations name it', () => {
    const fold = (text: string) => text
    expect(rulesFilter('L50', fold).line).toBe(50)
    expect(rulesFilter(' l 50 ', fold).line).toBe(50)
    expect(rulesFilter('50', fold).line).toBe(50)
    expect(rulesFilter('第 50 行', fold).line).toBe(50)
    expect(rulesFilter('Ｌ５０', fold).line).toBe(50)
    expect(rulesFilter('L50x', fold).line).toBeUndefined()
    expect(rulesFilter('startup', fold).line).toBeUndefined()
  })

  it('finds a line by its number only, not as text inside another number', () => {
    const [flag] = DEFAULT_RULESET.risk.redFlags
    if (!flag) throw new Error('the ruleset has red flags')
    const cited = citationWords(flag.citation)
    const fold = (text: string) => text
    expect(ruleMatches(rulesFilter('L50', fold), cited)).toBe(true)
    expect(ruleMatches(rulesFilter('L5', fold), cited)).toBe(false)
    expect(ruleMatches(rulesFilter('L35', fold), cited)).toBe(false)
    expect(ruleMatches(NO_FILTER, cited)).toBe(true)
  })

  it('asks for the fold only when the query has Chinese in it', () => {
    const fold = vi.fn(toSimplified)
    expect(rulesFilter('startup', fold).folded).toBe('startup')
    expect(rulesFilter('L50', fold).folded).toBe('l50')
    expect(fold).not.toHaveBeenCalled()
    expect(rulesFilter('稅', fold).folded).toBe('税')
    expect(fold).toHaveBeenCalledTimes(1)
  })
})

describe('Find a rule', () => {
  it.each([
    ['en', 'Find a rule', 'Red flags (L50)', 'Annual comprehensive income'],
    ['zh-CN', '查找规则', '危险信号（原文第 50 行）', '综合所得年度税率表'],
  ] as const)(
    'finds the rules citing a line by "L50" or "50", and 简体 rules by a 繁體 query (%s)',
    async (language, label, redFlags, annualTax) => {
      const fold = vi.fn(toSimplified)
      await renderRules({ language, fold })
      // Opening the screen folds nothing: opencc stays unloaded until a Chinese query.
      expect(fold).not.toHaveBeenCalled()

      for (const typed of ['L50', '50']) {
        await typeInto(label, typed)
        const flags = screen.getByRole('table', { name: redFlags })
        expect(within(flags).getAllByRole('rowheader')).toHaveLength(L50_FLAGS.length)
      }
      expect(fold).not.toHaveBeenCalled()
      // L5 is another line: not the rules citing L50.
      await typeInto(label, 'L5')
      expect(screen.queryByRole('table', { name: redFlags })).toBeNull()

      // The tax tables cite the law, written in 简体 (个人所得税): 稅 finds them as 税 does.
      await typeInto(label, '稅')
      expect(fold).toHaveBeenCalled()
      expect(screen.getByRole('table', { name: annualTax })).toBeTruthy()
    },
    // The whole screen filtered four times (a few seconds each on a loaded machine).
    30_000,
  )
})
