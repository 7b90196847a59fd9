import { describe, expect, it } from 'vitest'
import { fenFromYuan } from '../../../../renderer/domain/money'
import { reasonFrom } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { bonusCliff } from '../../../../renderer/domain/tax/china-income-tax'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'

const cited = { citation: DEFAULT_RULESET.downside.citation }

/**
 * A bonus of 37,000 is 1,000 past the 36,000 edge of the bonus table: taxed 37,000 × 10% − 210 =
 * 3,490 against 36,000 × 3% = 1,080 at the edge, 2,410 more tax for 1,000 more bonus. The reason
 * says those figures, in the comparison's and the verdict's words. (Review 21 L13: the test
 * compared the reason with bonusCliffText, the function the reason calls, so any wording passed.)
 */
describe('the bonus tax edge’s reason', () => {
  it('is the table’s own edge for a bonus of 37,000', () => {
    expect(bonusCliff(fenFromYuan(37_000), DEFAULT_RULESET)).toEqual({
      edge: fenFromYuan(36_000),
      extraIncome: fenFromYuan(1_000),
      extraTax: fenFromYuan(2_410),
    })
  })

  const reason = reasonFrom('iit-bonus-cliff', cited, 0, {
    edgeYuan: 36_000,
    extraIncomeYuan: 1_000,
    extraTaxYuan: 2_410,
  })

  it('says the edge, the amount past it and the tax it costs (en)', async () => {
    const i18n = await createI18n('en')
    expect(offerReasonText(reason, i18n.t, 'en', DEFAULT_RULESET)).toBe(
      'The bonus is 1k yuan past a tax edge (36k): those 1k yuan cost 2.4k more tax. Asking for 1k yuan less, or moving it to wages, leaves you better off.',
    )
  })

  it('says the edge, the amount past it and the tax it costs (zh-CN)', async () => {
    const i18n = await createI18n('zh-CN')
    expect(offerReasonText(reason, i18n.t, 'zh-CN', DEFAULT_RULESET)).toBe(
      '年终奖比税率临界点（3.6万）多出 1,000元：这 1,000元要多缴个税 2,410元。少要 1,000元，或改成月薪发放，到手反而更多。',
    )
  })
})
