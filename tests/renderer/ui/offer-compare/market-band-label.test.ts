import { describe, expect, it } from 'vitest'
import type { SkillAssessment } from '../../../../renderer/domain/assess'
import type { Fen } from '../../../../renderer/domain/money'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import {
  marketBandLabel,
  marketDescription,
} from '../../../../renderer/ui/screens/offers/compare/market-band-label'

const total = { low: 100_000_000 as Fen, high: 200_000_000 as Fen }
const skills = (basis: SkillAssessment['expectedTotalBasis']) => ({
  expectedTotal: total,
  expectedTotalBasis: basis,
})

/** Review 20 M2: premium's total was labelled with the person's own tier ("Core talent: …"). */
describe('the market chart’s shaded band, labelled by whose total it is', () => {
  it('names the in-field PhD’s total as the article’s, and the person’s own as theirs (en)', async () => {
    const { t } = await createI18n('en')
    expect(marketBandLabel(skills('tier'), t, 'en')).toMatch(/^In-field PhD \(article\): 1M/)
    expect(marketBandLabel(skills('current-pay'), t, 'en')).toMatch(/^Your expected total: 1M/)
    expect(marketBandLabel(skills('tier-floor'), t, 'en')).toMatch(/^Your expected total: /)
    expect(marketBandLabel({ expectedTotal: null, expectedTotalBasis: 'none' }, t, 'en')).toBe(null)
  })

  it('says the same in Chinese', async () => {
    const { t } = await createI18n('zh-CN')
    expect(marketBandLabel(skills('tier'), t, 'zh-CN')).toMatch(/^对口博士（文章）：100万/)
    expect(marketBandLabel(skills('current-pay'), t, 'zh-CN')).toMatch(/^你的预计年度总收入：/)
    expect(marketBandLabel(skills('tier'), t, 'zh-CN')).not.toContain('核心人才')
  })
})

/** The description said "what a move can reach at your tier" under the in-field PhD's total. */
describe('the market chart’s description, by whose total is shaded', () => {
  it('names the in-field PhD’s total where it is shaded, the tier elsewhere (en, zh-CN)', async () => {
    const en = (await createI18n('en')).t
    expect(marketDescription({ expectedTotalBasis: 'tier' }, true, 'Core talent', en)).toContain(
      'Shaded: the yearly total the article gives an in-field PhD',
    )
    expect(
      marketDescription({ expectedTotalBasis: 'current-pay' }, true, 'Core talent', en),
    ).toContain('at your tier, Core talent')
    expect(marketDescription({ expectedTotalBasis: 'none' }, false, 'Core talent', en)).toContain(
      'No band is shaded',
    )
    const zh = (await createI18n('zh-CN')).t
    const said = marketDescription({ expectedTotalBasis: 'tier' }, true, '核心人才', zh)
    expect(said).toContain('文章给对口博士的年收入')
    expect(said).not.toContain('核心人才')
  })
})
