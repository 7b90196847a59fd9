import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { downsideText } from '../../../../renderer/ui/screens/offers/compare/compare-text'
import { loadPersona } from '../../../helpers/personas'

/** P1's offer, as written, taxed in mainland China or not. */
function downside(taxedInChina: boolean) {
  const persona = loadPersona('p1')
  const [offer] = persona.offers
  if (!offer) throw new Error('P1 has an offer')
  const assessed = assess({ ...persona, offers: [{ ...offer, taxedInChina }] }, DEFAULT_RULESET)
    .offers[0]
  if (!assessed?.ok) throw new Error('the offer reads')
  return assessed.downside
}

async function say(language: UiLanguage, taxedInChina: boolean): Promise<string> {
  const { t } = await createI18n(language)
  return downsideText(downside(taxedInChina), { t, language, ruleset: DEFAULT_RULESET })
}

describe('the comparison’s downside, spelled out', () => {
  it('says what the severance counts, not “2 months’ pay” (en and zh-CN)', async () => {
    // 62k × 16 (992k cash): 82.7k a month, above Beijing's 35,811 cap (the persona's city); the
    // notice month is the 62k base: 35,811 + 62,000 = 97,811.
    const en = await say('en', true)
    expect(en).toContain(
      'severance 97.8k (1 month’s wages for the time served, at most 35.8k a month, and a month’s base pay in lieu of notice)',
    )
    expect(en).not.toContain('months’ pay')
    const zh = await say('zh-CN', true)
    expect(zh).toContain(
      '拿到经济补偿 9.78万（按工作年限计 1 个月工资，每月最多按 3.58万计，另加 1 个月月薪代通知金）',
    )
    expect(zh).not.toContain('2 个月工资')
  })

  it('counts no severance for an offer not taxed in mainland China, and says so', async () => {
    const en = await say('en', false)
    expect(en).toContain(
      'no severance counted (the job is not taxed in mainland China, so China’s labour contract law is not assumed: ask what the contract pays)',
    )
    expect(en).not.toMatch(/severance \d/)
    const zh = await say('zh-CN', false)
    expect(zh).toContain('不计经济补偿（这份工作不在中国内地缴纳个税')
    expect(zh).not.toContain('拿到经济补偿')
  })
})
