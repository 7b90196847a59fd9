import { beforeAll, describe, expect, it } from 'vitest'
import type { i18n } from 'i18next'
import type { OfferAssessment } from '../../../../renderer/domain/assess'
import {
  storedOfferSchema,
  storedProfileSchema,
  storedSkillSchema,
} from '../../../../renderer/data/records'
import { rulesetFrom } from '../../../../renderer/data/ruleset-in-use'
import { formatChangeRange, formatFenRange } from '../../../../renderer/ui/format/amount'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { assessmentMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { questionsFor } from '../../../../renderer/ui/screens/offers/verdict/questions-text'
import { loadPersona, type PERSONAS } from '../../../helpers/personas'
import { livePersona } from './live-persona'

const NOW = new Date(2026, 10, 29, 10, 0)
const languages: Partial<Record<UiLanguage, i18n>> = {}

beforeAll(async () => {
  languages.en = await createI18n('en')
  languages['zh-CN'] = await createI18n('zh-CN')
})

function words(language: UiLanguage) {
  const instance = languages[language]
  if (!instance) throw new Error('i18n not ready')
  return { t: instance.t, language, now: NOW, appVersion: '9.9.9' }
}

const exported = (live: LiveAssessment, offerId: string, language: UiLanguage = 'en') =>
  offerMarkdown(live, offerId, words(language))
const report = (live: LiveAssessment, language: UiLanguage = 'en') =>
  assessmentMarkdown(live, words(language))

/** The offer's section of a file: from its "## " heading to the next "## " or the footer. */
function offerSection(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`)
  expect(start, `section "${heading}"`).toBeGreaterThan(-1)
  const rest = text.slice(start + 1)
  const end = rest.search(/\n\n(?:## |---\n)/)
  return end === -1 ? rest : rest.slice(0, end)
}

function assessedOk(live: LiveAssessment, offerId: string) {
  const assessed = live.assessment.offers.find((candidate) => candidate.offerId === offerId)
  if (!assessed?.ok) throw new Error(`${offerId} reads`)
  return assessed
}

/** A persona stored with more offers, each entered at its own time (`createdAt`). */
function liveWith(
  name: keyof typeof PERSONAS,
  offers: readonly { offer: unknown; createdAt: string }[],
): LiveAssessment {
  const persona = loadPersona(name)
  const stamp = '2026-11-29T08:00:00.000Z'
  return assessWithDraft({
    sources: {
      profile: storedProfileSchema.parse({ ...persona.profile, id: 'me', updatedAt: stamp }),
      skills: persona.skills.map((skill) =>
        storedSkillSchema.parse({ ...skill, createdAt: stamp, updatedAt: stamp }),
      ),
      offers: offers.map(({ offer, createdAt }) =>
        storedOfferSchema.parse({ ...(offer as object), createdAt, updatedAt: createdAt }),
      ),
      journal: [],
      settings: persona.settings,
    },
    rulesetInUse: rulesetFrom(undefined),
  })
}

describe('one offer exported as Markdown', () => {
  const live = livePersona('p1')
  const offerId = 'o-ev-maker'

  it('holds the offer, not only its questions, in the order a reader weighs it', () => {
    const text = exported(live, offerId)
    expect(text.startsWith('# Tidemark: an offer weighed\n')).toBe(true)
    expect(text).toContain('Written November 29, 2026 · the article’s rules (ruleset')
    expect(text.split('\n').filter((line) => /^#+ /.test(line))).toEqual([
      '# Tidemark: an offer weighed',
      '## Offer: 某造车新势力 · 大模型算法工程师',
      '### The offer',
      '### What it pays',
      '### Risk of the move',
      '### If the move fails',
      '### Recommendation',
      '### Questions to ask',
    ])
    expect(
      text.endsWith(
        '*Written by Tidemark 9.9.9 on this computer, from your data and the rules in use. The figures are ranges the rules give, not promises.*\n',
      ),
    ).toBe(true)
  })

  it('gives the pay as read (62k × 16 and the stock), its totals, after tax and the raise, as the engine computed them', () => {
    const text = exported(live, offerId)
    const { pay, raise, afterTaxRecurring } = assessedOk(live, offerId)
    if (!pay.monthlyBase || !raise || !afterTaxRecurring) throw new Error('P1’s offer is taxed')
    const money = (range: typeof pay.cash) => formatFenRange(range, 'en')
    const perYear = (range: typeof pay.cash) => formatFenRange(range, 'en', 'year')
    expect(pay.months).toBe(16)
    expect(text).toContain(
      `- Base pay: **${formatFenRange(pay.monthlyBase, 'en', 'month')} × 16 months** (months 13 and up, ${money(pay.extraMonthsBonus)}, are paid as the year-end bonus)\n`,
    )
    expect(text).toContain('- Base pay: **62k/mo × 16 months**')
    expect(text).toContain(`- Stock, a typical year: **${perYear(pay.stockAveragePerYear)}**\n`)
    expect(text).toContain(`- Yearly total, typical year: **${perYear(pay.totalRecurring)}**\n`)
    expect(text).toContain(
      `- After tax, typical year: **${perYear(afterTaxRecurring.afterTax)}**\n`,
    )
    expect(text).toContain(`- Raise on your current pay: **${formatChangeRange(raise, 'en')}**\n`)
    // In that order: what it pays, then what it comes to.
    const order = ['- Base pay', '- Stock', '- Yearly total', '- After tax', '- Raise'].map(
      (line) => text.indexOf(line),
    )
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('gives the risk score with every line that makes it up, the downside, and the recommendation with its reasons', () => {
    const en = languages.en
    if (!en) throw new Error('i18n not ready')
    const text = exported(live, offerId)
    const { risk, downside, recommendation } = assessedOk(live, offerId)
    expect(text).toContain(
      `- Risk: **${risk.level === 'medium' ? 'Medium' : risk.level === 'high' ? 'High' : 'Low'}, ${String(risk.score)} of 100**\n`,
    )
    for (const reason of risk.reasons)
      expect(text).toContain(offerReasonText(reason, en.t, 'en', live.ruleset))
    expect(text).toContain('“Has a technical roadmap” not known yet: +4 points *(assumption)*\\\n')
    expect(text).toContain(
      `- Risk-adjusted value, 24 months before tax: **${formatFenRange(downside.riskAdjusted, 'en')}** (Both outcomes, weighted by the chance of each: pay before tax over 24 months, not a year’s.)`,
    )
    expect(recommendation.recommendation).toBe('accept')
    expect(text).toContain('- Recommendation: **Accept**')
    expect(text).toContain('The pay is where your tier puts it, and the risk is one you can carry.')
    // "Why" lists what the verdict rests on; its risk lines are listed once, under the risk, and
    // it points there (17976e7, trials 15 and 16).
    const riskLines: readonly unknown[] = risk.reasons
    const rests = recommendation.reasons.filter((reason) => !riskLines.includes(reason))
    expect(rests.length).toBeLessThan(recommendation.reasons.length)
    const why = text.slice(text.indexOf('\nWhy:\n'), text.indexOf('### Questions to ask'))
    expect(why.match(/^\d+\. /gm)).toHaveLength(rests.length)
    expect(text).toContain('every point of it is listed once, under “Risk of the move” above.')
  })

  it('ends with the questions still to ask, each with what it settles', () => {
    const en = languages.en
    if (!en) throw new Error('i18n not ready')
    const offer = live.input.offers.find((candidate) => candidate.id === offerId)
    if (!offer) throw new Error('P1 has its offer')
    const questions = questionsFor(offer, en.t, 'en', live.ruleset)
    expect(questions.length).toBeGreaterThan(0)
    const text = exported(live, offerId)
    const asked = text.slice(text.indexOf('### Questions to ask'))
    questions.forEach((question, index) => {
      expect(asked).toContain(
        `${String(index + 1)}. ${question.question}\\\n   Settles: ${question.itemName}\n`,
      )
    })
  })

  it('is the same text as the offer’s section of the full report, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      for (const persona of ['p1', 'p4', 'p6'] as const) {
        const each = livePersona(persona)
        const full = report(each, language)
        for (const assessed of each.assessment.offers) {
          const own = exported(each, assessed.offerId, language)
          const heading = own.split('\n').find((line) => line.startsWith('## ')) ?? ''
          const name = heading.slice(3)
          expect(offerSection(full, name), `${persona} ${assessed.offerId} ${language}`).toBe(
            offerSection(own, name),
          )
        }
      }
    }
  })

  it('is written in Chinese for a Chinese interface', () => {
    const text = exported(live, offerId, 'zh-CN')
    const { pay, afterTaxRecurring } = assessedOk(live, offerId)
    if (!afterTaxRecurring) throw new Error('P1’s offer is taxed')
    expect(text.startsWith('# 潮位：offer 评估\n')).toBe(true)
    expect(text).toContain('## Offer：某造车新势力 · 大模型算法工程师\n')
    expect(text).toContain(
      `- 底薪：**6.2万/月 × 16 个月**（第 13 个月起的 ${formatFenRange(pay.extraMonthsBonus, 'zh-CN')}作为年终奖发放）`,
    )
    expect(text).toContain(
      `- 年度总收入（常规年份）：**${formatFenRange(pay.totalRecurring, 'zh-CN', 'year')}**`,
    )
    expect(text).toContain(
      `- 税后（常规年份）：**${formatFenRange(afterTaxRecurring.afterTax, 'zh-CN', 'year')}**`,
    )
    expect(text).toContain('### 跳槽风险')
    // The level once: not "风险：中等风险".
    expect(text).toContain(
      `- 风险：**中，${String(assessedOk(live, offerId).risk.score)} 分（满分 100）**\n`,
    )
    expect(text).toContain('- 建议：**接受**')
    expect(text).toContain('### 要问的问题')
    // No English left outside what the user and the article wrote.
    const english = text.replace(/Offer|offer|NLP/g, '').match(/\b[A-Za-z]{3,}\b/g)
    expect(english).toBeNull()
  })

  it('keeps user text from making headings or lists', () => {
    const persona = loadPersona('p1')
    const [offer] = persona.offers
    if (!offer) throw new Error('P1 has an offer')
    const hostile = liveWith('p1', [
      {
        offer: {
          ...offer,
          company: '# Evil | Co\n## *fast*',
          role: '1. lead',
          city: '## 杭州\n- *x*',
        },
        createdAt: '2026-11-29T09:00:00.000Z',
      },
    ])
    const text = exported(hostile, offer.id)
    // Eight headings with the offer's facts': the hostile city made none, nor a list item.
    expect(text.split('\n').filter((line) => /^#+ /.test(line))).toHaveLength(8)
    expect(text.split('\n').filter((line) => line.startsWith('- *x*'))).toEqual([])
    expect(text).toContain('## Offer: # Evil \\| Co ## \\*fast\\* · 1. lead\n')
  })
})

describe('an offer whose pay could not be read', () => {
  const persona = loadPersona('p1')
  const [ev] = persona.offers
  if (!ev) throw new Error('P1 has an offer')
  const cliff = {
    id: 'o-cliff',
    company: '某大模型公司',
    employerKind: 'big-tech-established-line',
    pay: { base: { kind: 'text', text: '月薪 3 万，RSU 20 万分 4 年，1 年 cliff' } },
  }
  const live = liveWith('p1', [
    { offer: ev, createdAt: '2026-11-28T09:00:00.000Z' },
    { offer: cliff, createdAt: '2026-11-29T09:00:00.000Z' },
  ])
  const refused = live.assessment.offers.find((assessed) => assessed.offerId === 'o-cliff')

  it('is refused by the engine as unreadable, with the parser’s own reason', () => {
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'unreadable' },
      refusal: 'stock-cliff',
    })
  })

  it('says why in the report’s table, in words, never the parser’s code (en, zh-CN)', () => {
    const en = report(live)
    const row = en.split('\n').find((line) => line.startsWith('| 某大模型公司'))
    expect(row).toBe(
      '| 某大模型公司 | Pay not readable. “1 年 cliff” is a cliff: it changes when the stock first vests, which Tidemark does not guess from the pay’s text. Enter the grant and its vesting under Stock, and take the stock out of the pay’s text. | – | – | – |',
    )
    expect(en).not.toMatch(/\((?:unreadable|stock-cliff)\)/)
    const zh = report(live, 'zh-CN')
    const zhRow = zh.split('\n').find((line) => line.startsWith('| 某大模型公司'))
    expect(zhRow).toContain('| 薪资无法识别。“1 年 cliff”是 cliff（等待期）')
    expect(zh).not.toMatch(/unreadable|stock-cliff/)
  })

  it('says why in its own section and export, and still lists its questions', () => {
    const text = exported(live, 'o-cliff')
    expect(text.split('\n').filter((line) => /^#+ /.test(line))).toEqual([
      '# Tidemark: an offer weighed',
      '## Offer: 某大模型公司',
      '### The offer',
      '### The pay could not be read',
      '### Questions to ask',
    ])
    expect(text).toContain(
      'Tidemark cannot weigh this offer until it can read the pay:\n\n“1 年 cliff” is a cliff:',
    )
    expect(offerSection(report(live), 'Offer: 某大模型公司')).toBe(
      offerSection(text, 'Offer: 某大模型公司'),
    )
  })

  it('a currency without a rate says so, naming the currency', () => {
    const usd = liveWith('p1', [
      {
        offer: {
          ...cliff,
          id: 'o-gbp',
          pay: { base: { kind: 'annual', annual: { low: 90_000, high: 90_000 } }, currency: 'GBP' },
        },
        createdAt: '2026-11-29T09:00:00.000Z',
      },
    ])
    const assessed: OfferAssessment | undefined = usd.assessment.offers[0]
    if (assessed?.ok !== false || assessed.error.code !== 'no-exchange-rate')
      throw new Error('GBP has no rate in P1’s settings')
    // Not "not readable": the pay was read, only the rate is missing (trial 21 #4).
    const text = report(usd)
    expect(text).toContain('Pay not counted yet. There is no exchange rate for GBP yet')
    expect(text).toContain('Not counted yet: no GBP rate')
    expect(text).toContain('Set the rate (Yuan for 1 GBP) in the form, and the verdict appears.')
    expect(text).not.toContain('could not be read')
    // Review 28 P12: its block says the rate once, not the code's own words between.
    expect(text).toContain(
      'The pay was read, but Tidemark weighs every offer in yuan, and there is no rate for GBP yet.',
    )
    // Said once, in the table's row; not again in the offer's own block.
    expect(text.split('so the pay cannot be counted in yuan: set a rate').length).toBe(2)
  })
})

describe('the offers in the full report', () => {
  it('come in full after the table, in the order entered, an unsaved draft last', () => {
    const persona = loadPersona('p1')
    const [offer] = persona.offers
    if (!offer) throw new Error('P1 has an offer')
    const stored = liveWith('p1', [
      {
        offer: { ...offer, id: 'a-second', company: 'Second' },
        createdAt: '2026-11-29T09:00:00.000Z',
      },
      {
        offer: { ...offer, id: 'z-first', company: 'First' },
        createdAt: '2026-11-28T09:00:00.000Z',
      },
    ])
    const draft = assessWithDraft(
      { sources: stored.sources, rulesetInUse: stored.rulesetInUse },
      {
        offer: {
          ...stored.input.offers[0],
          id: '0-draft',
          company: 'Draft',
        } as (typeof stored.input.offers)[number],
      },
    )
    const headings = report(draft)
      .split('\n')
      .filter((line) => line.startsWith('## '))
    expect(headings.slice(headings.indexOf('## Offers compared'))).toEqual([
      '## Offers compared',
      '## Offer: First · 大模型算法工程师',
      '## Offer: Second · 大模型算法工程师',
      '## Offer: Draft · 大模型算法工程师',
    ])
  })

  it('name the verdict’s words in the table: 谈条件, as the verdict says it', () => {
    const [offer] = loadPersona('p1').offers
    if (!offer) throw new Error('P1 has an offer')
    // 40k × 13 is 520k a year, below P1's 750k today.
    const live = liveWith('p1', [
      {
        offer: { ...offer, pay: { base: { kind: 'text', text: '40k×13' } } },
        createdAt: '2026-11-29T09:00:00.000Z',
      },
    ])
    expect(assessedOk(live, offer.id).recommendation.recommendation).toBe('negotiate')
    const text = report(live, 'zh-CN')
    expect(text).toMatch(/ \| 谈条件 \|\n/)
    expect(text).toContain('- 建议：**谈条件**')
    expect(text).not.toContain('谈判')
  })
})
