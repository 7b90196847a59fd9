import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'

/**
 * The ruleset's own words write a range with an en dash, as the screens do ("5–12%", "3–5M",
 * "7,162–35,811"): a hyphen there read as a minus beside the app's figures (trial 15 and
 * offers23's sweep). The article's quotes stay as the article writes them ("500-800 萬").
 */
const QUOTED = new Set(['quote', 'quoteZhHans'])

function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return QUOTED.has(key) ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key))
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, inner]) => strings(inner, name))
  }
  return []
}

// A figure, a hyphen, a figure: not a date (2025-07-01) nor an id.
const HYPHEN_RANGE = /(?<![\d-])\d[\d,.]*[%kKM万]?-\d/

describe('the ruleset’s ranges', () => {
  it('use an en dash in every text but the article’s own quotes', () => {
    const texts = strings(DEFAULT_RULESET).filter((text) => !/^\d{4}-\d{2}-\d{2}/.test(text))
    expect(texts.length).toBeGreaterThan(50)
    expect(
      texts.filter((text) => HYPHEN_RANGE.test(text.replace(/\d{4}-\d{2}-\d{2}/g, ''))),
    ).toEqual([])
  })
})
