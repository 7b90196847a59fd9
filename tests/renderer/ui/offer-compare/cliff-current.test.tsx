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

/** 20k × 12 with a year-end bonus of 36,500: 500 past the 36,000 edge of the bonus table. */
const CLIFF_PAY = {
  currency: 'CNY' as const,
  base: { kind: 'monthly' as const, monthly: { low: 20_000, high: 20_000 }, months: 12 },
  yearEndBonus: { kind: 'amount' as const, amount: { low: 36_500, high: 36_500 } },
}

/** The after-tax row's warnings, current job first, then the offer with the same pay. */
async function warnings(language: UiLanguage): Promise<string[][]> {
  const mover = loadPersona('p1')
  const [offer] = mover.offers
  if (!offer) throw new Error('P1 has an offer')
  const stored = storedOfferSchema.parse({
    ...offer,
    pay: CLIFF_PAY,
    status: 'considering',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  })
  const input: AssessmentInput = {
    ...mover,
    profile: { ...mover.profile, currentPay: CLIFF_PAY },
    offers: [stored],
  }
  const assessment = assess(input, DEFAULT_RULESET)
  const { current, offers } = comparisonColumns([stored], assessment, input, DEFAULT_RULESET)
  const { t } = await createI18n(language)
  const row = comparisonRows(
    [current, ...offers],
    { t, language, ruleset: DEFAULT_RULESET },
    24,
  ).find((candidate) => candidate.id === 'after-tax')
  if (!row) throw new Error('no after-tax row')
  return [current, ...offers].map((column) => {
    const { container, unmount } = render(<>{row.cell(column)}</>)
    const said = [...container.querySelectorAll('.compare-warning')].map((node) => node.textContent)
    unmount()
    return said
  })
}

describe('a bonus just past a tax edge, in the comparison', () => {
  it('advises asking for less on an offer only; the current job’s states the cost (en)', async () => {
    const [current, offer] = await warnings('en')
    expect(offer).toEqual([
      expect.stringMatching(/^The bonus is 500 yuan past a tax edge .*Asking for 500 yuan less/),
    ])
    expect(current).toHaveLength(1)
    expect(current?.[0]).toMatch(
      /^The bonus is 500 yuan past a tax edge \(36k\): those 500 yuan cost .+ more tax\.$/,
    )
    expect(current?.[0]).not.toMatch(/Asking|less/)
  })

  it('in Chinese', async () => {
    const [current, offer] = await warnings('zh-CN')
    expect(offer?.[0]).toContain('少要 500元')
    expect(current?.[0]).toMatch(
      /^年终奖比税率临界点（3\.6万）多出 500元：这 500元要多缴个税 .+元。$/,
    )
    expect(current?.[0]).not.toContain('少要')
  })
})
