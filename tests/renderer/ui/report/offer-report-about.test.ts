import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { offerReport } from '../../../../renderer/ui/report/offer-report-model'
import { livePersona } from './live-persona'

/**
 * Trial 23 L6: an offer's report left out what the offers' table shows beside it (its status,
 * the day to answer by) and what its figures rest on (the city, where it is taxed). They come
 * first in its section, in the offer's own export and in the full report alike.
 */
const NOW = new Date(2026, 11, 3, 10)

async function about(
  language: UiLanguage,
  offer: Record<string, unknown>,
  profile: Record<string, unknown> = {},
) {
  const { t } = await createI18n(language)
  const live = livePersona('p1', { offer, profile, rates: { HKD: 0.92 } })
  const assessed = live.assessment.offers[0]
  if (!assessed) throw new Error('P1’s offer is assessed')
  const blocks = offerReport(live, assessed, { t, language, now: NOW }).blocks
  return { blocks, live, assessed, t }
}

describe('the offer’s facts, first in its report', () => {
  it('gives the status since when, the deadline with the days left, the city and the tax place', async () => {
    const { blocks } = await about('en', {
      status: 'negotiating',
      statusDate: '2026-12-01',
      deadline: '2026-12-09',
      city: 'Hangzhou',
    })
    expect(blocks[0]?.kind).toBe('about')
    expect(blocks[1]?.kind).toBe('pay')
    expect(blocks[0]?.heading).toBe('The offer')
    expect(blocks[0]?.figures).toEqual([
      { label: 'Status', value: 'Negotiating', note: 'since Dec 1' },
      { label: 'Deadline', value: 'Wed, Dec 9', note: '6 days left' },
      { label: 'City', value: 'Hangzhou', note: null },
      { label: 'Income tax', value: 'Paid in mainland China', note: null },
    ])
  })

  it('says so in Chinese, for a job taxed abroad whose city is the profile’s', async () => {
    const { blocks } = await about(
      'zh-CN',
      {
        status: 'considering',
        deadline: '2026-12-01',
        city: '',
        taxedInChina: false,
        pay: {
          currency: 'HKD',
          base: { kind: 'monthly', monthly: { low: 80_000, high: 80_000 }, months: 13 },
        },
      },
      { city: '深圳' },
    )
    expect(blocks[0]?.heading).toBe('offer 概况')
    expect(blocks[0]?.figures).toEqual([
      { label: '状态', value: '考虑中', note: null },
      { label: '答复期限', value: '12月1日周二', note: '已逾期 2 天' },
      { label: '城市', value: '深圳', note: 'offer 未写城市：按你资料中的城市' },
      { label: '个税', value: '不在中国内地缴纳', note: null },
    ])
  })

  it('gives a closed offer’s deadline without days left, and a mistyped one as typed', async () => {
    const closed = await about('en', { status: 'declined', deadline: '2026-12-09' })
    expect(closed.blocks[0]?.figures[1]).toEqual({
      label: 'Deadline',
      value: 'Wed, Dec 9',
      note: null,
    })
    const mistyped = await about('en', { deadline: '0006-02-02' })
    expect(mistyped.blocks[0]?.figures[1]).toEqual({
      label: 'Deadline',
      value: '0006-02-02',
      note: 'Check this date: it looks mistyped',
    })
  })

  it('is in the offer’s Markdown, before its pay', async () => {
    const { live, assessed, t } = await about('en', { status: 'considering', city: 'Hangzhou' })
    const markdown = offerMarkdown(live, assessed.offerId, {
      t,
      language: 'en',
      now: NOW,
      appVersion: '9.9.9',
    })
    expect(markdown).toContain('### The offer\n\n- Status: **Considering**')
    expect(markdown.indexOf('### The offer')).toBeLessThan(markdown.indexOf('### What it pays'))
  })
})
