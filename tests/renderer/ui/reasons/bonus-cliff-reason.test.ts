import { describe, expect, it } from 'vitest'
import type { Fen } from '../../../../renderer/domain/money'
import { reasonFrom } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { bonusCliffText } from '../../../../renderer/ui/screens/offers/bonus-cliff-text'

const cited = { citation: DEFAULT_RULESET.downside.citation }

/** The reason wrote an older wording of the bonus tax edge than the verdict and comparison. */
describe.each<UiLanguage>(['en', 'zh-CN'])('the bonus tax edge’s reason (%s)', (language) => {
  it('reads as the comparison and the verdict say it (bonusCliffText)', async () => {
    const i18n = await createI18n(language)
    const reason = reasonFrom('iit-bonus-cliff', cited, 0, {
      edgeYuan: 36_000,
      extraIncomeYuan: 1_000,
      extraTaxYuan: 2_310,
    })
    const cliff = {
      edge: 3_600_000 as Fen,
      extraIncome: 100_000 as Fen,
      extraTax: 231_000 as Fen,
    }
    expect(offerReasonText(reason, i18n.t, language, DEFAULT_RULESET)).toBe(
      bonusCliffText(cliff, { t: i18n.t, language }, 'offer'),
    )
  })
})
