import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { livePersona } from './live-persona'

async function totalLine(persona: 'p1' | 'p2' | 'p3', profile?: Record<string, unknown>) {
  const i18n = await createI18n('en')
  const live = livePersona(persona, profile ? { profile } : {})
  const report = buildReportModel(live, {
    t: i18n.t,
    language: 'en',
    now: new Date(2026, 10, 29),
    appVersion: '9.9.9',
  })
  const line = report.summary.items.find((item) => item.label === 'Expected yearly total')
  if (!line) throw new Error('the summary has the expected total')
  return { line, basis: live.assessment.skills.expectedTotalBasis }
}

describe('the report’s expected yearly total', () => {
  it('is the article’s own figure for an in-field PhD with no pay (L25, L17): no assumption mark (review 20)', async () => {
    const { line, basis } = await totalLine('p2')
    expect(basis).toBe('tier')
    expect(line.value).toBe('1M–2M/yr')
    expect(line.assumption).toBe(false)
  })

  it('rests on the raise band’s assumption when counted from the pay', async () => {
    const { line, basis } = await totalLine('p1')
    expect(basis).toBe('current-pay')
    expect(line.assumption).toBe(true)
  })
})

describe('the report with a current pay saved but not countable', () => {
  it('says so, not to add one (review 20)', async () => {
    // Dollars with no exchange rate set.
    const { line } = await totalLine('p3', {
      currentPay: { base: { kind: 'text', text: '$300k' } },
    })
    expect(line.note).toBe(
      'your current pay is saved but could not be counted: open your profile to see why',
    )
  })
})

describe('the report’s tier beside a total under premium’s million (trial 19 #9)', () => {
  async function tierLine(persona: 'p1' | 'p2', profile?: Record<string, unknown>) {
    const i18n = await createI18n('zh-CN')
    const live = livePersona(persona, profile ? { profile } : {})
    const report = buildReportModel(live, {
      t: i18n.t,
      language: 'zh-CN',
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    const line = report.summary.items.find((item) => item.label === '档位')
    if (!line) throw new Error('the summary has the tier')
    return line
  }

  it('says whose 1M–2M it is when pay × the band stays below it', async () => {
    // The mover, a master's, at 35k × 14 = 490k: 637k–980k.
    const line = await tierLine('p1', {
      currentPay: { currency: 'CNY', base: { kind: 'text', text: '月薪 3.5 万，14 薪' } },
    })
    expect(line.value).toBe('百万档')
    expect(line.note).toBe(
      '本档的 100万–200万/年 是文章给对口博士的数字；按你目前的收入 × 本档涨幅还到不了（L25）',
    )
  })

  it('says nothing when the total reaches it, or is lifted to it for an in-field PhD', async () => {
    expect((await tierLine('p1')).note).toBeNull()
    const phd = await tierLine('p2', {
      currentPay: { currency: 'CNY', base: { kind: 'text', text: '月薪 3 万，13 薪' } },
    })
    expect(phd.note).toBeNull()
  })
})

describe('the report’s skill table (trial 20 #3: in the order of the skills’ ids)', () => {
  it('lists the skills in the Skills screen’s first order, by domain as the ruleset lists them', async () => {
    const i18n = await createI18n('en')
    const live = livePersona('p1', {
      extraSkills: [
        { id: 'aaa-go', name: 'Go', domain: 'cs-data-foundations', level: 3, evidence: [] },
      ],
    })
    const report = buildReportModel(live, {
      t: i18n.t,
      language: 'en',
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    const order = live.ruleset.skillDomains.map((rule) => rule.id)
    const domainOf = new Map(live.input.skills.map((skill) => [skill.name, skill.domain]))
    const places = report.skills.items.map((row) =>
      order.indexOf(domainOf.get(row[0] ?? '') ?? 'nlp'),
    )
    expect(places).toEqual([...places].sort((a, b) => a - b))
    expect(report.skills.items.at(-1)?.[0]).toBe('Go')
  })
})
