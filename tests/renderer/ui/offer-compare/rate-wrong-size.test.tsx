// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { storedOfferSchema } from '../../../../renderer/data/records'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { comparisonColumns } from '../../../../renderer/ui/screens/offers/compare/comparison-columns'
import { comparisonRows } from '../../../../renderer/ui/screens/offers/compare/compare-rows'
import { loadPersona } from '../../../helpers/personas'

afterEach(cleanup)

/**
 * Look 31: a rate saved before the size check or imported (92 for the Hong Kong dollar, a bank's
 * yuan per 100 HKD) is still used, and the comparison showed the offer's 82.8 million yuan a year
 * and its raise of thousands of percent without a word. The first row of its column says so, and
 * of options priced in US dollars at 720.
 */
function stored(company: string, pay: Record<string, unknown>) {
  return storedOfferSchema.parse({
    id: `o-${company.toLowerCase().replace(/ /g, '-')}`,
    company,
    employerKind: 'startup',
    pay,
    status: 'considering',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  })
}

async function firstRowWarnings(language: UiLanguage): Promise<string[][]> {
  const mover = loadPersona('p1')
  const offers = [
    stored('Harbour Quant', {
      currency: 'HKD',
      base: { kind: 'annual', annual: { low: 900_000, high: 1_000_000 } },
    }),
    stored('Plain Yuan', {
      base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 },
    }),
    stored('Options Abroad', {
      base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 12 },
      options: {
        count: 10_000,
        strikePrice: 1,
        sharePrice: { low: 3, high: 3 },
        schedule: [25, 25, 25, 25],
        currency: 'USD',
      },
    }),
  ]
  const input: AssessmentInput = {
    ...mover,
    offers,
    settings: { ...mover.settings, exchangeRates: { HKD: 92, USD: 720 } },
  }
  const assessment = assess(input, DEFAULT_RULESET)
  const { current, offers: columns } = comparisonColumns(offers, assessment, input, DEFAULT_RULESET)
  const { t } = await createI18n(language)
  const [first] = comparisonRows(
    [current, ...columns],
    { t, language, ruleset: DEFAULT_RULESET },
    24,
  )
  if (!first) throw new Error('no rows')
  return [current, ...columns].map((column) => {
    const { container, unmount } = render(<>{first.cell(column)}</>)
    const said = [...container.querySelectorAll('[role="note"].compare-warning')].map(
      (node) => node.textContent,
    )
    unmount()
    return said
  })
}

describe('a saved rate of the wrong size in the comparison', () => {
  it('is named on the first row of its column, and not for a rate of the right size (en)', async () => {
    const [current, hkd, yuan, options] = await firstRowWarnings('en')
    expect(current).toEqual([])
    expect(yuan).toEqual([])
    expect(hkd).toEqual([
      'Converted at 92 yuan per HKD, the rate saved, which looks wrong: 1 HKD is about 0.92 yuan, so this column’s yuan figures are off by as much.',
    ])
    expect(options).toEqual([
      'The options are converted at 720 yuan per USD, the rate saved, which looks wrong: 1 USD is about 7.2 yuan.',
    ])
  })

  it('in Chinese', async () => {
    const [, hkd, , options] = await firstRowWarnings('zh-CN')
    expect(hkd).toEqual([
      '按已保存的汇率 1 HKD = 92 元折算，这个汇率看来有误：1 HKD 约合 0.92 元，此列人民币金额因此同样失真。',
    ])
    expect(options).toEqual([
      '期权按已保存的汇率 1 USD = 720 元折算，这个汇率看来有误：1 USD 约合 7.2 元。',
    ])
  })
})
