import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import {
  tickedNames,
  tickedSummary,
} from '../../../../renderer/ui/screens/offers/editor/fold-state'

/**
 * Review 27 L1: a fold's closed line joined the ticked names with ", " / "、", which names hold
 * ("LLM (pre)training, distributed training", "打榜、卷排名"): two ticked skills read as three,
 * three red flags in Chinese as six (and two red flags is the decline threshold).
 */
describe.each([
  ['en', 'nameEn'],
  ['zh-CN', 'nameZhHans'],
] as const)('the closed line counts what is ticked, %s', (language, key) => {
  const lists = {
    'red flags': DEFAULT_RULESET.risk.redFlags,
    'role skills': DEFAULT_RULESET.skillDomains,
  }
  it.each(Object.entries(lists))('the mark between ticked %s is in no name', async (_, list) => {
    const i18n = await createI18n(language)
    const items = list.map((item) => ({ id: item.id, name: item[key] }))
    const line = tickedSummary(
      i18n.t,
      tickedNames(
        items.map((item) => item.id),
        items,
      ),
    )
    const [first, second] = items
    if (!first || !second) throw new Error('fewer than two items')
    const mark = line
      .slice(line.indexOf(first.name) + first.name.length, line.indexOf(second.name))
      .trim()
    expect(mark).not.toBe('')
    expect(items.filter((item) => item.name.includes(mark))).toEqual([])
    // Every name once, so the line splits back into as many as are ticked.
    expect(line.split(mark)).toHaveLength(items.length)
  })
})
