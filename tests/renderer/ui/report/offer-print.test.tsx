// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { ReportDocument } from '../../../../renderer/ui/report/ReportDocument'
import { livePersona } from './live-persona'

afterEach(cleanup)

describe('the printed report', () => {
  it('prints each offer in full after the table, from the same model as the Markdown (zh-CN)', async () => {
    const i18n = await createI18n('zh-CN')
    const live = livePersona('p1')
    const report = buildReportModel(live, {
      t: i18n.t,
      language: 'zh-CN',
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    const { container } = render(<ReportDocument report={report} />)
    const sections = container.querySelectorAll('.report-offer')
    expect([...sections].map((section) => section.getAttribute('data-offer'))).toEqual(
      report.offerReports.map((section) => section.offerId),
    )
    const section = container.querySelector('[data-offer="o-ev-maker"]')
    if (!section) throw new Error('P1’s offer is printed')
    expect(section.querySelector('h2')?.textContent).toBe('Offer：某造车新势力 · 大模型算法工程师')
    expect([...section.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual([
      'offer 概况',
      '薪资',
      '跳槽风险',
      '如果跳槽失败',
      '建议',
      '要问的问题',
    ])
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P1’s offer reads')
    const pay = section.querySelector('[data-part="pay"]')
    expect(pay?.textContent).toContain(
      `年度总收入（常规年份）${formatFenRange(assessed.pay.totalRecurring, 'zh-CN', 'year')}`,
    )
    // Every figure, sentence and list item of the model is on the page.
    for (const block of report.offerReports[0]?.blocks ?? []) {
      const part = section.querySelector(`[data-part="${block.kind}"]`)
      for (const figure of block.figures) {
        expect(part?.textContent).toContain(`${figure.label}${figure.value}`)
      }
      for (const sentence of block.sentences) expect(part?.textContent).toContain(sentence)
      for (const list of block.lists) {
        for (const item of list.items) expect(part?.textContent).toContain(item.text)
        if (list.after !== null) expect(part?.textContent).toContain(list.after)
      }
    }
  })

  it('quotes the sentence behind each reason, as the Markdown does (trial 23 L3)', async () => {
    const i18n = await createI18n('en')
    const live = livePersona('p4')
    const report = buildReportModel(live, {
      t: i18n.t,
      language: 'en',
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    const { container } = render(<ReportDocument report={report} />)
    const section = container.querySelector('.report-offer')
    const quoted = (report.offerReports[0]?.blocks ?? []).flatMap((block) =>
      block.lists.flatMap((list) => list.items.flatMap((item) => item.quote ?? [])),
    )
    expect(quoted.length).toBeGreaterThan(4)
    const printed = [...(section?.querySelectorAll('.report-offer-list blockquote') ?? [])]
    expect(printed.length).toBe(quoted.length)
    printed.forEach((quote, index) => {
      const expected = quoted[index]
      const words = quote.querySelector('p[lang="zh-Hant"]')?.textContent ?? null
      expect(words).toBe(expected?.words ?? null)
      expect(quote.querySelector('p[lang="en"]')?.textContent).toBe(expected?.rendering)
    })
  })
})
