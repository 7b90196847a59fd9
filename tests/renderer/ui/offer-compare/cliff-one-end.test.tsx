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
 * 4-5万 × 16 (session 21's look): a bonus of 160k-200k, whose low end is 16k past the 144k edge
 * and whose top end is past none. The comparison said "The bonus is 16k yuan past a tax edge"
 * under 464k-585k, as if it were the whole bonus; the verdict names the end, and so does this.
 */
const PAY = {
  currency: 'CNY' as const,
  base: { kind: 'monthly' as const, monthly: { low: 40_000, high: 50_000 }, months: 16 },
}

async function offerWarnings(language: UiLanguage): Promise<string[]> {
  const mover = loadPersona('p1')
  const stored = storedOfferSchema.parse({
    id: 'o-range',
    company: 'Test Co',
    employerKind: 'startup',
    pay: PAY,
    status: 'considering',
    createdAt: '2026-03-01T10:00:00.000Z',
    updatedAt: '2026-03-01T10:00:00.000Z',
  })
  const input: AssessmentInput = { ...mover, offers: [stored] }
  const assessment = assess(input, DEFAULT_RULESET)
  const { current, offers } = comparisonColumns([stored], assessment, input, DEFAULT_RULESET)
  const { t } = await createI18n(language)
  const row = comparisonRows(
    [current, ...offers],
    { t, language, ruleset: DEFAULT_RULESET },
    24,
  ).find((candidate) => candidate.id === 'after-tax')
  const [offer] = offers
  if (!row || !offer) throw new Error('no after-tax row or offer')
  const { container } = render(<>{row.cell(offer)}</>)
  return [...container.querySelectorAll('.compare-warning')].map((node) => node.textContent)
}

describe('a bonus past a tax edge at one end of its range, in the comparison', () => {
  it('names the end and its bonus (en)', async () => {
    expect(await offerWarnings('en')).toEqual([
      expect.stringMatching(
        /^Low end of the range \(a bonus of 160k\): The bonus is 16k yuan past a tax edge \(144k\)/,
      ),
    ])
  })

  it('names the end and its bonus (zh-CN)', async () => {
    expect(await offerWarnings('zh-CN')).toEqual([
      expect.stringMatching(/^区间下限（年终奖 16万）：年终奖比税率临界点（14\.4万）多出 1\.6万/),
    ])
  })
})
