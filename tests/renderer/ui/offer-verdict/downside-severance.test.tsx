// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

function downsideFigures(name: string): Map<string, string> {
  const section = screen.getByRole('region', { name })
  const figures = new Map<string, string>()
  for (const row of section.querySelectorAll('.verdict-figures > div')) {
    const term = row.querySelector('dt')?.textContent ?? ''
    figures.set(term, row.querySelector('dd')?.textContent ?? '')
  }
  return figures
}

describe('the verdict’s severance', () => {
  it('says what it counts: the months served at the cap, and the notice month (en)', async () => {
    // P4's startup (Beijing) pays far above the cap: a year served at 35,811 a month (3 × Beijing's
    // average wage behind its social-insurance base cap), plus the month's base.
    const { live } = await renderVerdict(storedPersona('p4'), 'o-four-steps', 'en')
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok || !assessed.downside.severance) throw new Error('P4’s offer is priced')
    const terms = [...downsideFigures('If the move fails').keys()]
    expect(terms).toContain(
      'Severance: 1 month’s wages for the time served (at most 35.8k a month), plus a month’s base pay in lieu of notice',
    )
    // It said "2 months’ wages", which is neither what the law counts nor what was added up.
    expect(terms.some((term) => term.includes('2 months’ wages'))).toBe(false)
  })

  it('says what it counts in Chinese', async () => {
    await renderVerdict(storedPersona('p4'), 'o-four-steps', 'zh-CN')
    const terms = [...downsideFigures('如果跳槽失败').keys()]
    expect(terms).toContain(
      '经济补偿：按工作年限计 1 个月工资（每月最多按 3.58万计），另加 1 个月月薪作为代通知金',
    )
    expect(terms.some((term) => term.includes('2 个月工资'))).toBe(false)
  })
})

describe('an offer not taxed in mainland China (P6, a USD offer)', () => {
  it('prices no Chinese severance and says so, with no figure for it (en)', async () => {
    const { live } = await renderVerdict(storedPersona('p6'), 'o-openai-l5', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-openai-l5')
    if (!assessed?.ok) throw new Error('P6’s offer reads')
    expect(assessed.downside.severance).toBeNull()
    const figures = downsideFigures('If the move fails')
    expect(figures.get('Severance')).toBe('Not counted')
    expect(figures.has('Over 24 months, if the role fails (no severance counted)')).toBe(true)
    const section = screen.getByRole('region', { name: 'If the move fails' })
    expect(
      within(section).getByText(/^The job is not taxed in mainland China, so it is taken to be/),
    ).toBeTruthy()
    expect(
      within(section).getByText(
        'Both outcomes, weighted by the chance of each: pay before tax over 24 months, not a year’s; no severance is counted if the role fails.',
      ),
    ).toBeTruthy()
    // Neither the law's figure nor its sentence.
    expect(section.textContent).not.toMatch(/month’s wages|months’ wages|Severance if the role/)
  })

  it('says so in Chinese', async () => {
    await renderVerdict(storedPersona('p6'), 'o-openai-l5', 'zh-CN')
    const figures = downsideFigures('如果跳槽失败')
    expect(figures.get('经济补偿')).toBe('未计入')
    expect(figures.has('24 个月内，岗位失败时（未计经济补偿）')).toBe(true)
    const section = screen.getByRole('region', { name: '如果跳槽失败' })
    expect(within(section).getByText(/^这份工作不在中国内地缴纳个税/)).toBeTruthy()
    expect(section.textContent).not.toMatch(/个月工资|岗位被裁时的经济补偿：/)
  })
})
