import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import type { AfterTax } from '../../../../renderer/domain'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { cliffWarnings } from '../../../../renderer/ui/screens/offers/compare/compare-text'

/** A year whose bonus is `extraYuan` past the 36k edge, costing 2,310 yuan more tax. */
function pastEdge(extraYuan: number): AfterTax {
  const year = {
    bonusCliff: { edge: 3_600_000, extraIncome: extraYuan * 100, extraTax: 231_000 },
  }
  return { low: year, high: year } as unknown as AfterTax
}

async function warning(language: UiLanguage, extraYuan: number, whose: 'offer' | 'current') {
  const i18n = await createI18n(language)
  const t = i18n.t.bind(i18n) as TFunction
  return cliffWarnings(pastEdge(extraYuan), { t, language } as never, whose)[0]
}

describe('the tax-edge warning says the amount in yuan', () => {
  it('one yuan: singular (en)', async () => {
    expect(await warning('en', 1, 'current')).toBe(
      'The bonus is 1 yuan past a tax edge (36k): that 1 yuan costs 2.3k more tax.',
    )
    expect(await warning('en', 1, 'offer')).toMatch(
      /^The bonus is 1 yuan past a tax edge \(36k\): that 1 yuan costs 2\.3k more tax\. Asking for 1 yuan less/,
    )
  })

  it('more yuan: plural (en)', async () => {
    expect(await warning('en', 200, 'current')).toBe(
      'The bonus is 200 yuan past a tax edge (36k): those 200 yuan cost 2.3k more tax.',
    )
  })

  it('in Chinese, whose amounts carry 元 already', async () => {
    expect(await warning('zh-CN', 1, 'current')).toBe(
      '年终奖比税率临界点（3.6万）多出 1元：这 1元要多缴个税 2,310元。',
    )
  })
})
