import { describe, expect, it } from 'vitest'
import { reasonFrom, type Reason } from '../../../../renderer/domain/reason'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'

const ruleset = DEFAULT_RULESET
const cited = { citation: ruleset.risk.checklist[0]?.citation ?? ruleset.downside.citation }

/** The pay band's reason as recommend.ts gives it: 'within' where the low end is in the band. */
function band(facts: Reason['facts']): Reason {
  return reasonFrom('band:core', cited, 0, {
    tier: 'core',
    position: 'within',
    bandLow: 0.3,
    bandHigh: 1,
    ...facts,
  })
}

async function say(reason: Reason, language: UiLanguage): Promise<string> {
  const i18n = await createI18n(language)
  return offerReasonText(reason, i18n.t, language, ruleset)
}

/** New-user trial: '涨幅为 +78.6% – +119.8%，在百万档应得的涨幅范围内（+30% – +100%）'. */
describe('a pay band reason whose high end is past the band’s top', () => {
  const byRaise = (high: number) => band({ judgedBy: 'raise', raiseLow: 0.786, raiseHigh: high })
  const byTotal = (highYuan: number) =>
    band({
      judgedBy: 'total',
      totalTier: 'core',
      totalLowYuan: 1_000_000,
      totalHighYuan: 2_000_000,
      payLowYuan: 1_200_000,
      payHighYuan: highYuan,
    })

  it('says “within or above” for a raise whose top is above the band (en)', async () => {
    expect(await say(byRaise(1.198), 'en')).toContain('within or above what')
    expect(await say(byRaise(0.9), 'en')).toContain(', within what')
  })

  it('says 达到或高于 for a raise whose top is above the band (zh-CN)', async () => {
    const over = await say(byRaise(1.198), 'zh-CN')
    expect(over).toContain('达到或高于')
    expect(over).not.toContain('范围内')
    expect(await say(byRaise(0.9), 'zh-CN')).toContain('涨幅范围内')
  })

  it('says the same of a pay judged by a yearly total (en, zh-CN)', async () => {
    expect(await say(byTotal(2_400_000), 'en')).toContain('is within or above the yearly total')
    expect(await say(byTotal(1_800_000), 'en')).toContain('is within the yearly total')
    expect(await say(byTotal(2_400_000), 'zh-CN')).toContain('达到或高于')
    expect(await say(byTotal(1_800_000), 'zh-CN')).toContain('年收入范围内')
  })
})

/** Trial 13 M3: "a raise of +14.3% – … within +30% – +100%", judged by the low ends (+42.9%). */
describe('a pay band reason judged within by the low ends', () => {
  const byLowEnds = (high: number) =>
    band({ judgedBy: 'raise', raiseLow: 0.143, raiseHigh: high, raiseLowEnds: 0.429 })

  it('states the raise that judged beside the widest range (en)', async () => {
    const text = await say(byLowEnds(0.486), 'en')
    expect(text).toContain('+14.3%')
    expect(text).toContain('against the low end of your current pay it is +42.9%, within what')
    expect(await say(byLowEnds(1.2), 'en')).toContain('+42.9%, within or above what')
  })

  it('states it in Chinese too (zh-CN)', async () => {
    const text = await say(byLowEnds(0.486), 'zh-CN')
    expect(text).toContain('按你目前薪资的下限算，涨幅为 +42.9%，在')
    expect(await say(byLowEnds(1.2), 'zh-CN')).toContain('+42.9%，达到或高于')
  })
})
