import { describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET, type OfferAssessment } from '../../../../renderer/domain'
import type { Fen } from '../../../../renderer/domain/money'
import { pickOffer, type OfferPick } from '../../../../renderer/domain/recommend/pick-offer'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { pickText } from '../../../../renderer/ui/screens/offers/compare/pick-text'
import { loadPersona } from '../../../helpers/personas'

/** P1's profile weighing its EV maker (accept), P4's startup (decline), P5's platform (accept). */
const input = (() => {
  const p1 = loadPersona('p1')
  return { ...p1, offers: [...loadPersona('p4').offers, ...p1.offers, ...loadPersona('p5').offers] }
})()
const result = assess(input, DEFAULT_RULESET)
const NAMES = new Map(input.offers.map((offer) => [offer.id, offer.company]))
const nameOf = (id: string) => NAMES.get(id) ?? id
const weighing = (offers: readonly OfferAssessment[]) =>
  offers.map((assessment) => ({ offerId: assessment.offerId, assessment }))

async function words(pick: OfferPick, language: UiLanguage, hidden = 0) {
  const i18n = await createI18n(language)
  return pickText(pick, nameOf, hidden, { t: i18n.t, language, ruleset: DEFAULT_RULESET })
}

function assessed(id: string) {
  const found = result.offers.find((offer) => offer.offerId === id)
  if (!found?.ok) throw new Error(id)
  return found
}

/** One of P1's offers with its verdict changed: what the sentences read. */
function as(id: string, recommendation: 'wait-and-watch' | 'decline'): OfferAssessment {
  const from = assessed(id)
  return { ...from, recommendation: { ...from.recommendation, recommendation } }
}

describe('the pick in words', () => {
  const pick = pickOffer(weighing(result.offers), null, DEFAULT_RULESET)
  if (!pick) throw new Error('a pick')

  it('names the offer, the runner-up and the deciding figure, in English', async () => {
    const ev = assessed('o-ev-maker').downside.riskAdjusted
    const platform = assessed('o-big-platform').downside.riskAdjusted
    const text = await words(pick, 'en')
    expect(text.headline).toBe('某造车新势力')
    expect(text.sentence).toBe(
      `The rules accept both it and 某大厂; its risk-adjusted value, ${formatFenRange(ev, 'en')} over 24 months, is above 某大厂’s ${formatFenRange(platform, 'en')}. The others: 某大模型创业公司 (decline).`,
    )
    expect(text.notes).toEqual([])
  })

  it('says the same in Chinese', async () => {
    const text = await words(pick, 'zh-CN')
    expect(text.headline).toBe('某造车新势力')
    expect(text.sentence).toMatch(
      /^规则对它和某大厂都建议接受；它 24 个月的风险调整后价值为 .+，高于某大厂的 .+。其余：某大模型创业公司（拒绝）。$/,
    )
  })

  it('answers staying when each offer is to wait on or to decline', async () => {
    const stay = pickOffer(
      weighing([assessed('o-four-steps'), as('o-ev-maker', 'wait-and-watch')]),
      null,
      DEFAULT_RULESET,
    )
    if (!stay) throw new Error('a pick')
    const en = await words(stay, 'en')
    expect(en.headline).toBe('None of them: stay where you are for now')
    expect(en.sentence).toContain('Each of your 2 offers is one to wait on or to decline')
    const zh = await words(stay, 'zh-CN')
    expect(zh.headline).toBe('都不选：暂时留在现在的岗位')
    const one = pickOffer(weighing([assessed('o-four-steps')]), null, DEFAULT_RULESET)
    if (!one) throw new Error('a pick')
    expect((await words(one, 'en')).sentence).toMatch(
      /^The rules say to decline the one offer you are weighing:/,
    )
    // Chinese has one plural form: a single offer read “你的 1 个 offer 规则都建议观望或拒绝”.
    expect((await words(one, 'zh-CN')).sentence).toMatch(/^你正在考虑的这个 offer，规则建议拒绝：/)
  })

  it('calls a tie a tie and says what would break it', async () => {
    const ev = assessed('o-ev-maker')
    const twin: OfferAssessment = { ...ev, offerId: 'o-big-platform' }
    const tie = pickOffer(weighing([ev, twin]), null, DEFAULT_RULESET)
    if (tie?.kind !== 'tie') throw new Error('a tie')
    const text = await words(tie, 'en')
    expect(text.headline).toBe('A tie: 某造车新势力 and 某大厂')
    expect(text.sentence).toContain('would break the tie')
  })

  it('says which offers it could not weigh, and that hidden ones are out', async () => {
    const unread: OfferAssessment = {
      offerId: 'o-big-platform',
      ok: false,
      error: { code: 'no-exchange-rate', currency: 'USD' },
    }
    const some = pickOffer(weighing([assessed('o-ev-maker'), unread]), null, DEFAULT_RULESET)
    if (!some) throw new Error('a pick')
    const text = await words(some, 'en', 1)
    // Not "the only offer you are weighing": the table shows the other beside it (look 31).
    expect(text.sentence).toBe('It is the only offer that can be weighed, and the rules accept it.')
    expect(text.notes).toEqual([
      'Not weighed: 某大厂 (no USD exchange rate).',
      '1 offer hidden under “Offers shown” is not weighed.',
    ])
    const none = pickOffer(weighing([unread]), null, DEFAULT_RULESET)
    if (!none) throw new Error('a pick')
    expect((await words(none, 'zh-CN')).headline).toBe('暂时无法比较')
    // Not "needs a readable pay": a pay with no rate was read (trial 21 #4).
    expect((await words(none, 'en')).sentence).toBe(
      'The pick needs each pay counted in yuan: 某大厂 (no USD exchange rate).',
    )
  })

  it('says so when staying is worth more than the pick over the same months', async () => {
    const staying = { low: 900_000_000 as Fen, high: 900_000_000 as Fen }
    const worse = pickOffer(weighing([assessed('o-big-platform')]), staying, DEFAULT_RULESET)
    if (!worse) throw new Error('a pick')
    expect((await words(worse, 'en')).notes[0]).toMatch(
      /^Staying is worth more over the same 24 months: 9M, against .+ for 某大厂\.$/,
    )
  })

  it('says the values are before tax when an offer weighed is taxed abroad (trial 23 #2)', async () => {
    const abroad = assess(
      {
        ...input,
        offers: input.offers.map((offer) =>
          offer.id === 'o-big-platform' ? { ...offer, taxedInChina: false } : offer,
        ),
      },
      DEFAULT_RULESET,
    )
    const mixed = pickOffer(weighing(abroad.offers), null, DEFAULT_RULESET)
    if (!mixed) throw new Error('a pick')
    expect((await words(mixed, 'en')).notes).toEqual([
      'The values compared are before tax: 某大厂 is taxed outside mainland China, whose tax Tidemark does not work out, so after tax the order could differ.',
    ])
    expect((await words(mixed, 'zh-CN')).notes).toEqual([
      '比较的都是税前价值：某大厂不在中国内地纳税，潮位不计算那里的税，税后的高低可能不同。',
    ])
  })
})
