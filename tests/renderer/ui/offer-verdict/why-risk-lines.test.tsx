// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial: the "Why" list showed "+4 points" for leadership (a skill-score point) beside
 * "+40" for the employer's starting risk, and its points did not add up to the risk shown (57).
 * A skill modifier says its points are the skill score's. Trials 15 and 16: the risk lines were
 * then split between "Why" and "Risk of the move", differently for an accept and a negotiate
 * (the employer's +40 in one section for one offer, in the other for another). Now every risk
 * point is listed once, under "Risk of the move", and "Why" points there where the risk weighed in.
 */
const CARMAKER = {
  id: 'o-carmaker',
  company: '某造车新势力',
  role: '大模型算法工程师',
  employerKind: 'other-industry-new-llm-team',
  // P1's offer: 62k × 16 + stock of 150k a year = 1.142M, above premium's yearly total (≈1M+).
  pay: {
    base: { kind: 'text', text: '62k×16' },
    stock: { kind: 'per-year', perYear: { low: 150_000, high: 150_000 } },
  },
  checklist: { 'model-product': 'yes' },
  roleDomains: ['nlp', 'deep-learning'],
}

/** "+40 points" → 40; a line without points → 0. */
function pointsIn(text: string): number {
  const match = /([+−-]\d+(?:\.\d+)?) (?:points?|分)$/.exec(text)
  return match?.[1] ? Number(match[1].replace('−', '-')) : 0
}

const texts = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.reason-text')?.textContent ?? '')

const BACKED = {
  id: 'o-backed',
  company: '某大模型创业公司',
  role: '推理加速工程师',
  employerKind: 'startup',
  funding: 'strong-backers',
  // Above premium's yearly total (≈1M+), so the verdict is an accept that cites risk lines.
  pay: { base: { kind: 'text', text: '70k×16' } },
  checklist: {
    'model-product': 'yes',
    deployment: 'yes',
    roadmap: 'yes',
    'leadership-understands-llms': 'yes',
    'team-strength': 'yes',
  },
  roleDomains: ['nlp', 'deep-learning'],
}

/** The same employer at a lower pay: a negotiate, which cites no risk line. */
const CARMAKER_LOW = {
  ...CARMAKER,
  id: 'o-carmaker-low',
  pay: { base: { kind: 'text', text: '40k×15' } },
}

const NAMES = {
  en: {
    why: 'Why',
    risk: 'Risk of the move',
    list: 'What makes up the risk',
    context: 'What the verdict rests on',
  },
  'zh-CN': { why: '依据', risk: '跳槽风险', list: '风险的构成', context: '结论的依据' },
} as const

describe('the verdict’s risk points', () => {
  it.each(['en', 'zh-CN'] as const)(
    'are all listed once under the risk, adding up to its score; Why points there (%s)',
    async (language) => {
      const names = NAMES[language]
      for (const [offer, id] of [
        [CARMAKER, 'o-carmaker'],
        [BACKED, 'o-backed'],
        [CARMAKER_LOW, 'o-carmaker-low'],
      ] as const) {
        const { live } = await renderVerdict(storedPersona('p1', [offer]), id, language)
        const assessed = live.assessment.offers.find((item) => item.offerId === id)
        if (!assessed?.ok) throw new Error('the offer reads')
        const why = screen.getByRole('region', { name: names.why })
        // Why lists no risk point: a skill modifier's points are the skill score's.
        const context = texts(within(why).getByRole('list', { name: names.context }))
        expect(context.filter((text) => / points?$| 分$/.test(text))).toEqual([])
        expect(within(why).queryByRole('list', { name: /risk score|风险分/ })).toBeNull()
        const risk = screen.getByRole('region', { name: names.risk })
        const lines = texts(within(risk).getByRole('list', { name: names.list }))
        expect(lines).toHaveLength(assessed.risk.reasons.length)
        expect(lines.reduce((sum, text) => sum + pointsIn(text), 0)).toBe(assessed.risk.rawScore)
        // The employer's starting risk sits under the risk for every verdict.
        expect(
          lines.some((text) =>
            /^(Starting risk for this kind of employer|这类雇主的基础风险)/.test(text),
          ),
        ).toBe(true)
        const riskLines: readonly unknown[] = assessed.risk.reasons
        const cites = assessed.recommendation.reasons.some((reason) => riskLines.includes(reason))
        const pointer = screen.queryByTestId('why-risk-pointer')
        expect(pointer === null).toBe(!cites)
        if (pointer) expect(pointer.textContent).toContain(names.risk)
        cleanup()
      }
    },
  )

  it('names the accept and negotiate verdicts it checks', async () => {
    const { live } = await renderVerdict(
      storedPersona('p1', [CARMAKER, BACKED, CARMAKER_LOW]),
      'o-carmaker',
      'en',
    )
    const verdicts = Object.fromEntries(
      live.assessment.offers.flatMap((item) =>
        item.ok ? [[item.offerId, item.recommendation.recommendation]] : [],
      ),
    )
    expect(verdicts).toMatchObject({
      'o-carmaker': 'accept',
      'o-backed': 'accept',
      'o-carmaker-low': 'negotiate',
    })
    const carmaker = live.assessment.offers.find((item) => item.offerId === 'o-carmaker')
    if (!carmaker?.ok) throw new Error('the offer reads')
    expect(screen.getByTestId('why-risk-pointer').textContent).toBe(
      `The risk weighed in this verdict (${String(carmaker.risk.score)} of 100): ` +
        'every point of it is listed once, under “Risk of the move” below.',
    )
  })
})
