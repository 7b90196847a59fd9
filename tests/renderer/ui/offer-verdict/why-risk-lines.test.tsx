// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/**
 * New-user trial: the "Why" list showed "+4 points" for leadership (a skill-score point) beside
 * "+40" for the employer's starting risk, and its points did not add up to the risk shown (57).
 * Now the lines that count toward the risk are listed apart, summed against the risk score, and
 * a skill modifier says its points are the skill score's.
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

describe('the verdict’s Why list', () => {
  it('lists the risk lines apart, and their points add up against the risk score (en)', async () => {
    const { live } = await renderVerdict(storedPersona('p1', [CARMAKER]), 'o-carmaker', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-carmaker')
    if (!assessed?.ok) throw new Error('the offer reads')
    expect(assessed.recommendation.recommendation).toBe('accept')
    const why = screen.getByRole('region', { name: 'Why' })

    const context = texts(within(why).getByRole('list', { name: 'What the verdict rests on' }))
    // A skill modifier's points are the skill score's, and say so; none reads as risk points.
    expect(context.some((text) => text.endsWith('to your skill score'))).toBe(true)
    expect(context.filter((text) => / points?$/.test(text))).toEqual([])

    const riskLines = texts(within(why).getByRole('list', { name: 'Toward the risk score' }))
    expect(riskLines).toContain(
      'Starting risk for this kind of employer (Other industry (e.g. EV maker), new LLM team): +40 points',
    )
    const shown = riskLines.reduce((sum, text) => sum + pointsIn(text), 0)
    const rest = assessed.risk.rawScore - shown
    expect(rest).not.toBe(0)
    expect(screen.getByTestId('why-risk-sum').textContent).toBe(
      `These come to +${String(shown)} of the ${String(assessed.risk.rawScore)} risk points. ` +
        `The other +${String(rest)} are listed under “Risk of the move” below.`,
    )
  })

  it('says the same in Chinese', async () => {
    const { live } = await renderVerdict(storedPersona('p1', [CARMAKER]), 'o-carmaker', 'zh-CN')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-carmaker')
    if (!assessed?.ok) throw new Error('the offer reads')
    const why = screen.getByRole('region', { name: '依据' })
    const context = texts(within(why).getByRole('list', { name: '结论的依据' }))
    expect(context.some((text) => /：技能分 \+\d+$/.test(text))).toBe(true)
    const riskLines = texts(within(why).getByRole('list', { name: '计入风险分的各项' }))
    const shown = riskLines.reduce((sum, text) => sum + pointsIn(text), 0)
    const rest = assessed.risk.rawScore - shown
    expect(screen.getByTestId('why-risk-sum').textContent).toBe(
      `以上各项合计 +${String(shown)} 分，风险分共 ${String(assessed.risk.rawScore)} 分。` +
        `其余 +${String(rest)} 分见下方“跳槽风险”。`,
    )
  })

  it('says the score is held at 100 when the points pass it (P4’s red flags)', async () => {
    await renderVerdict(storedPersona('p4'), 'o-four-steps', 'en')
    expect(screen.getByTestId('why-risk-sum').textContent).toMatch(
      /^These come to \+60 of \d+ risk points before the 0–100 limit\..* The score is held at 100\.$/,
    )
  })

  it('says what the other lines do when they take points off (a startup with strong backers)', async () => {
    const BACKED = {
      id: 'o-backed',
      company: '某大模型创业公司',
      role: '推理加速工程师',
      employerKind: 'startup',
      funding: 'strong-backers',
      // Above premium's yearly total (≈1M+), so the verdict is an accept listing the risk lines.
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
    for (const [language, expected] of [
      ['en', /The other lines, under “Risk of the move” below, take (\d+) off\.$/],
      ['zh-CN', /下方“跳槽风险”中的其余各项共减 (\d+) 分。$/],
    ] as const) {
      const { live } = await renderVerdict(storedPersona('p1', [BACKED]), 'o-backed', language)
      const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-backed')
      if (!assessed?.ok) throw new Error('the offer reads')
      const why = screen.getByRole('region', { name: language === 'en' ? 'Why' : '依据' })
      const riskLines = texts(
        within(why).getByRole('list', {
          name: language === 'en' ? 'Toward the risk score' : '计入风险分的各项',
        }),
      )
      const rest = assessed.risk.rawScore - riskLines.reduce((sum, text) => sum + pointsIn(text), 0)
      // Strong backers take 10 off, leaving a stable job adds 5; the verdict cites neither.
      expect(assessed.recommendation.recommendation).toBe('accept')
      expect(rest).toBeLessThan(0)
      const sum = screen.getByTestId('why-risk-sum').textContent
      expect(sum).not.toMatch(/−|-\d/)
      expect(Number(expected.exec(sum)?.[1])).toBe(-rest)
      cleanup()
    }
  })
})
