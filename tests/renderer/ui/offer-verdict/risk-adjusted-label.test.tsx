// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * User trial 8, item 8: the risk-adjusted value (24 months of pay before tax) sat below the
 * yearly totals with nothing saying it was not a year's. Its label now says the months and that
 * it is before tax, and so does the line under it.
 */
describe.each<[UiLanguage, string, string, RegExp]>([
  [
    'en',
    'If the move fails',
    'Risk-adjusted value, 24 months before tax',
    /pay before tax over 24 months, not a year’s\.$/,
  ],
  [
    'zh-CN',
    '如果跳槽失败',
    '风险调整后的价值（24 个月合计，税前）',
    /是 24 个月的税前收入合计，不是一年的。$/,
  ],
])('the verdict’s risk-adjusted value (%s)', (language, section, label, hint) => {
  it('is labelled as 24 months before tax, not a yearly figure', async () => {
    const { live } = await renderVerdict(storedPersona('p4'), 'o-four-steps', language)
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P4’s offer reads')
    const region = screen.getByRole('region', { name: section })
    const term = within(region).getByText(label)
    const row = term.closest('div')
    if (!row) throw new Error('the label has its row')
    expect(row.querySelector('.verdict-figure')?.textContent).toBe(
      formatFenRange(assessed.downside.riskAdjusted, language),
    )
    expect(within(row).getByText(hint)).toBeTruthy()
  })
})
