// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { storedOfferSchema } from '../../../../renderer/data/records'
import { assess, DEFAULT_RULESET } from '../../../../renderer/domain'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import type { Compensation } from '../../../../renderer/domain/model/compensation'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { comparisonColumns } from '../../../../renderer/ui/screens/offers/compare/comparison-columns'
import { comparisonRows } from '../../../../renderer/ui/screens/offers/compare/compare-rows'
import { payPartsNotCounted } from '../../../../renderer/ui/screens/offers/verdict/pay-not-counted'
import { loadPersona } from '../../../helpers/personas'
import { renderVerdict, storedPersona } from '../offer-verdict/verdict-fixture'

afterEach(cleanup)

/** The trial's line: the offer form reads 4-5万 × 16 and names "股票" as unread. */
const LINE = 'base 4-5万，16薪，另有股票'
const AS_WRITTEN: Compensation = { currency: 'CNY', base: { kind: 'text', text: LINE } }
/** What the line's figures come to: the pay the engine counts. */
const COUNTED: Compensation = {
  currency: 'CNY',
  base: { kind: 'monthly', monthly: { low: 40_000, high: 50_000 }, months: 16 },
}

const WORDS = {
  en: {
    verdict:
      'Not counted in these figures: “股票” (stock, no value given). To count the stock, enter its value under Stock in the form.',
    cell: 'not counted: “股票” (no value given)',
  },
  'zh-CN': {
    verdict:
      '以上数字未计入：“股票”（股票，未给出价值）。要计入股票，请在表单的“股票”中填写它的价值。',
    cell: '未计入：“股票”（未给出价值）',
  },
} as const

describe('what the pay’s text names that its figures leave out', () => {
  it('is what the offer form names as unread', () => {
    expect(payPartsNotCounted(AS_WRITTEN)).toEqual([{ fragment: '股票', stock: true }])
    expect(payPartsNotCounted(COUNTED)).toEqual([])
    expect(payPartsNotCounted({ ...AS_WRITTEN, base: { kind: 'text', text: '62k×16' } })).toEqual(
      [],
    )
  })

  it('leaves the stock out once the offer has its own stock entered', () => {
    const withStock: Compensation = {
      ...AS_WRITTEN,
      stock: { kind: 'per-year', perYear: { low: 100_000, high: 100_000 } },
    }
    expect(payPartsNotCounted(withStock)).toEqual([])
  })

  for (const language of ['en', 'zh-CN'] as const) {
    it(`is said on the verdict, under the raise (${language})`, async () => {
      const stored = storedPersona('p1', [
        { id: 'o-line', company: 'Test Co', employerKind: 'startup', pay: COUNTED },
      ])
      const { rerenderWith } = await renderVerdict(stored, 'o-line', language)
      expect(screen.queryByTestId('pay-not-counted')).toBeNull()
      // The same figures, the pay kept as the user wrote it.
      const live = assessWithDraft(stored)
      const shown = {
        ...live,
        input: {
          ...live.input,
          offers: live.input.offers.map((offer) =>
            offer.id === 'o-line' ? { ...offer, pay: AS_WRITTEN } : offer,
          ),
        },
      }
      rerenderWith(shown)
      expect(screen.getByTestId('pay-not-counted').textContent).toBe(WORDS[language].verdict)
    })

    it(`is said in the comparison, by the total and the raise (${language})`, async () => {
      expect(await comparisonNotes(language)).toEqual({
        total: [WORDS[language].cell],
        raise: [WORDS[language].cell],
      })
    })
  }
})

/** The offer column's notes in the total and raise rows, for an offer kept as written. */
async function comparisonNotes(language: UiLanguage) {
  const mover = loadPersona('p1')
  const record = (pay: Compensation) =>
    storedOfferSchema.parse({
      id: 'o-line',
      company: 'Test Co',
      employerKind: 'startup',
      pay,
      status: 'considering',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    })
  const input: AssessmentInput = { ...mover, offers: [record(COUNTED)] }
  const assessment = assess(input, DEFAULT_RULESET)
  const { current, offers } = comparisonColumns(
    [record(AS_WRITTEN)],
    assessment,
    input,
    DEFAULT_RULESET,
  )
  const { t } = await createI18n(language)
  const rows = comparisonRows([current, ...offers], { t, language, ruleset: DEFAULT_RULESET }, 24)
  const notesIn = (id: string) => {
    const row = rows.find((candidate) => candidate.id === id)
    const [offer] = offers
    if (!row || !offer) throw new Error(`no ${id} row or offer`)
    const { container, unmount } = render(<>{row.cell(offer)}</>)
    const said = [...container.querySelectorAll('.compare-note')].map((node) => node.textContent)
    unmount()
    return said
  }
  return { total: notesIn('total'), raise: notesIn('raise') }
}
