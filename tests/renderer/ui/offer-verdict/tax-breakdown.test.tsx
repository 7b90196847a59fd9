// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatFen } from '../../../../renderer/ui/format/amount'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial M3: the offer page's "How the tax is figured" listed social insurance, the
 * taxable wages and the bonus saving, but not the wages' tax, the bonus or its tax, so 540k
 * could not be followed to 398k; and the bonus-cliff warning (the low end's 150k bonus, 6k
 * past 144k) sat beside the top-of-range breakdown without saying which end it was.
 */
const hangzhou = {
  id: 'o-hz',
  company: '杭州某公司',
  role: '大模型算法工程师',
  employerKind: 'big-tech-new-llm-team',
  city: '杭州',
  pay: { base: { kind: 'text', text: '25-30k×18' } },
  roleDomains: ['nlp'],
}

/** Each line of the breakdown: what it is, how it is reached (if said), and the figure. */
function sumLines(): string[][] {
  const table = screen.getByTestId('tax-breakdown')
  return within(table)
    .getAllByRole('row')
    .map((row) => [
      row.querySelector('th')?.firstChild?.textContent ?? '',
      row.querySelector('th .hint')?.textContent ?? '',
      row.querySelector('td')?.textContent ?? '',
    ])
}

const warnings = () =>
  [...document.querySelectorAll('.verdict-warning')].map((warning) => warning.textContent)

describe('the tax breakdown of an offer', () => {
  it('goes from the pay to the after-tax pay line by line, and says which end a cliff is at (en)', async () => {
    const { live } = await renderVerdict(storedPersona('p1', [hangzhou]), 'o-hz', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-hz')
    if (!assessed?.ok || !assessed.afterTaxRecurring) throw new Error('taxed in China')
    const top = assessed.afterTaxRecurring.high
    expect(formatFen(top.socialInsurance, 'en')).toBe('67.3k')
    expect(formatFen(top.afterTax, 'en')).toBe('408k')
    expect(sumLines()).toEqual([
      ['Pay before tax', 'wages 360k, year-end bonus 180k', '540k'],
      ['Social insurance and housing fund', '', '−67.3k'],
      [
        'Tax on wages',
        '360k − 60k basic deduction − 67.3k social insurance = 233k taxable, top rate 20%',
        '−29.6k',
      ],
      [
        'Tax on the year-end bonus (180k), taxed on its own',
        'saves 7k against taxing it with the wages',
        '−34.6k',
      ],
      ['After tax', '', '408k'],
    ])
    // The two taxes are the engine's total, to the fen.
    expect(formatFen(top.totalTax, 'en')).toBe('64.2k')
    // The cliff is the low end's (a 150k bonus, 6k past 144k): said so.
    expect(warnings()).toEqual([
      'Low end of the range (a bonus of 150k): The bonus is 6k yuan past a tax edge (144k): those 6k yuan cost 14.4k more tax. Asking for 6k yuan less, or moving it to wages, leaves you better off.',
    ])
  })

  it('names the stock and its own tax, and the lines come to the after-tax pay (the sample’s EV maker)', async () => {
    const evMaker = {
      ...hangzhou,
      id: 'o-ev',
      city: '北京',
      pay: {
        base: { kind: 'text', text: '62k×16' },
        stock: { kind: 'per-year', perYear: { low: 150_000, high: 150_000 } },
      },
    }
    await renderVerdict(storedPersona('p1', [evMaker]), 'o-ev', 'en')
    expect(sumLines()).toEqual([
      ['Pay before tax', 'wages 744k, year-end bonus 248k, stock 150k', '1.14M'],
      ['Social insurance and housing fund', '', '−96.7k'],
      [
        'Tax on wages',
        '744k − 60k basic deduction − 96.7k social insurance = 587k taxable, top rate 30%',
        '−123k',
      ],
      [
        'Tax on the year-end bonus (248k), taxed on its own',
        'saves 35k against taxing it with the wages',
        '−48.2k',
      ],
      ['Tax on stock (150k), taxed on its own', '', '−13.1k'],
      ['After tax', '', '861k'],
    ])
    expect(warnings()).toEqual([])
    // One figure, no range: the summary does not speak of its top (new-user trial 16).
    expect(screen.getByText('How the tax is figured (typical year)')).toBeTruthy()
  })

  it('says it in Chinese', async () => {
    await renderVerdict(storedPersona('p1', [hangzhou]), 'o-hz', 'zh-CN')
    // A range (25-30k × 18): the breakdown is its top end's, and says so.
    expect(screen.getByText('税是怎么算的（常规年份，按区间上限）')).toBeTruthy()
    expect(sumLines()).toEqual([
      ['税前收入', '工资 36万，年终奖 18万', '54万'],
      ['社保和公积金', '', '−6.73万'],
      [
        '工资个税',
        '36万 − 基本减除费用 6万 − 社保公积金 6.73万 = 应纳税所得额 23.3万，最高税率 20%',
        '−2.96万',
      ],
      ['年终奖（18万）单独计税', '比并入综合所得少缴 7,044元', '−3.46万'],
      ['税后', '', '40.8万'],
    ])
    expect(warnings()).toEqual([
      '区间下限（年终奖 15万）：年终奖比税率临界点（14.4万）多出 6,000元：这 6,000元要多缴个税 1.44万。少要 6,000元，或改成月薪发放，到手反而更多。',
    ])
  })
})
