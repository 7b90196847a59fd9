// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial: an offer in 武汉 (no preset) was taxed with Beijing's social insurance, said
 * only in the tax's small print. The after-tax figure now says so beside it, with which figures
 * and where to set one's own.
 */
const offerIn = (city: string) => ({
  id: 'o-city',
  company: '某大模型公司',
  role: '大模型算法工程师',
  employerKind: 'big-tech-new-llm-team',
  city,
  pay: { base: { kind: 'text', text: '50k×15' } },
  roleDomains: ['nlp'],
})

describe('the after-tax pay of a city without figures', () => {
  it('says Beijing’s figures were used, and where to set one’s own (en)', async () => {
    await renderVerdict(storedPersona('p1', [offerIn('武汉')]), 'o-city', 'en')
    expect(screen.getByTestId('fallback-city').textContent).toBe(
      'After tax with Beijing’s 2025 social insurance (a base of 7,162–35,811 yuan a month, a 12% housing fund): Tidemark has no figures for “武汉”. To use your city’s own, set them under Offers › Tax assumptions (below the comparison): they then apply to every offer and your current job.',
    )
  })

  it('says it in Chinese', async () => {
    await renderVerdict(storedPersona('p1', [offerIn('武汉')]), 'o-city', 'zh-CN')
    expect(screen.getByTestId('fallback-city').textContent).toBe(
      '税后收入按北京 2025 年的社保标准计算（缴费基数每月 7,162–35,811 元，公积金 12%）：潮位没有“武汉”的数据。要按你所在城市计算，请在“Offer › 税务假设”（对比表下方）填写：填写后对每个 offer 和当前工作都适用。',
    )
  })

  it('says nothing for a city with its own figures', async () => {
    await renderVerdict(storedPersona('p1', [offerIn('上海')]), 'o-city', 'en')
    expect(screen.queryByTestId('fallback-city')).toBeNull()
  })
})
