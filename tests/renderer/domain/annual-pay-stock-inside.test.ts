import { describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../renderer/domain'
import { compensationSchema } from '../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../renderer/domain/model/settings'
import { payRefusal } from '../../../renderer/domain/pay/annual-pay'
import { parseCountablePay } from '../../../renderer/domain/pay/stock-inside'
import { yuan } from '../../helpers/money'

/**
 * A figure the text says includes stock, with no part of it given, is refused by both pay forms
 * (new-user trial 20). A pay stored as such text before they refused it was still counted by the
 * engine as cash: "总包 135 万（含股票）" gave 1.35M of cash. The engine refuses it by the same rule.
 */
function compensation(text: string) {
  return compensationSchema.parse({ base: { kind: 'text', text } })
}

function annual(text: string) {
  return computeAnnualPay(compensation(text), engineSettingsSchema.parse({}), DEFAULT_RULESET)
}

describe('the engine, on a stored figure said to include stock of no stated value', () => {
  it.each([
    ['总包 135 万（含股票）', '含股票'],
    ['package 1.35M incl. stock', 'incl. stock'],
  ])('refuses %j, naming the words', (text, fragment) => {
    expect(annual(text)).toEqual({
      ok: false,
      error: { code: 'unreadable', fragment, at: text.indexOf(fragment) },
    })
    expect(payRefusal(compensation(text))).toBe('stock-inside-unknown')
  })

  it('still counts a figure whose stock part is given, or one marked as cash', () => {
    expect(annual('年包 100 万（含 20 万股票）')).toMatchObject({
      ok: true,
      pay: { cash: { low: yuan(800_000) }, stockAveragePerYear: { low: yuan(200_000) } },
    })
    expect(annual('总包 135 万（不含股票）')).toMatchObject({
      ok: true,
      pay: { cash: { low: yuan(1_350_000) } },
    })
    expect(payRefusal(compensation('总包 135 万'))).toBeNull()
  })

  it('shares the forms’ rule: the same words for the same text', () => {
    expect(parseCountablePay('总包 135 万（含股票）')).toEqual({
      ok: false,
      error: { code: 'stock-inside-unknown', fragment: '含股票' },
    })
  })
})
