import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import {
  answerCounts,
  tickedNames,
  tickedSummary,
} from '../../../../renderer/ui/screens/offers/editor/fold-state'

/** Trial 20 #10: a folded group's closed line says what its inputs hold. */
describe('the folded groups’ lines', () => {
  it('counts each answer among the asked items, in the answers’ order, zeros left out', () => {
    expect(
      answerCounts({ a: 'no', b: 'yes', c: 'unknown', d: 'yes', notAsked: 'no' }, [
        'a',
        'b',
        'c',
        'd',
      ]),
    ).toEqual([
      { answer: 'yes', count: 2 },
      { answer: 'no', count: 1 },
      { answer: 'unknown', count: 1 },
    ])
  })

  it('counts an item with no answer stored as not known yet', () => {
    expect(answerCounts({}, ['a', 'b'])).toEqual([{ answer: 'unknown', count: 2 }])
  })

  it('names the ticked items in the list’s order, not the ticking order', () => {
    const items = [
      { id: 'x', name: 'X' },
      { id: 'y', name: 'Y' },
      { id: 'z', name: 'Z' },
    ]
    expect(tickedNames(['z', 'x'], items)).toEqual(['X', 'Z'])
    expect(tickedNames([], items)).toEqual([])
  })

  it.each([
    ['en', 'Ticked: none yet', 'Ticked: X; Z'],
    ['zh-CN', '已勾选：还没有', '已勾选：X；Z'],
  ] as const)('says the ticked ones, or none, in %s', async (language, none, two) => {
    const i18n = await createI18n(language)
    expect(tickedSummary(i18n.t, [])).toBe(none)
    expect(tickedSummary(i18n.t, ['X', 'Z'])).toBe(two)
  })
})
