// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { assessWithDraft } from '../../../../renderer/ui/hooks/use-assessment'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import { offerReasonText } from '../../../../renderer/ui/reasons/offer-reason-text'
import { fakePlatform, renderVerdict, storedOffer, storedPersona } from './verdict-fixture'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

/** A new LLM team at a carmaker: one item confirmed, the other four unknown, the employer's
 *  eagerness unknown. At risk 61 (medium) it is an accept; one "no" takes it to 65 (high) with
 *  four items unanswered, a decline; one "yes" keeps it an accept. */
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

function liveRegion(): HTMLElement {
  const region = document.querySelector('.offer-verdict [aria-live="polite"]')
  if (!(region instanceof HTMLElement)) throw new Error('no live region')
  return region
}

function region(name: string): HTMLElement {
  return screen.getByRole('region', { name })
}

describe('OfferVerdict', () => {
  it('declines the four-step startup (P4), with every red flag, the risk and its reasons', async () => {
    const stored = storedPersona('p4')
    const { i18n, live } = await renderVerdict(stored, 'o-four-steps', 'en')
    const assessed = live.assessment.offers[0]
    if (!assessed?.ok) throw new Error('P4’s offer reads')

    expect(within(liveRegion()).getByText('Decline')).toBeTruthy()
    expect(within(liveRegion()).getByText('Risk: high, 100 of 100')).toBeTruthy()
    // The live region holds the headline only, not the reasons.
    expect(liveRegion().querySelector('.reason')).toBeNull()

    const why = region('Why')
    const sentences = within(why)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.reason-text')?.textContent)
    // What the verdict rests on; the risk lines it cites are listed under the risk, with the rest.
    const riskRuleIds = new Set<string>(assessed.risk.reasons.map((reason) => reason.ruleId))
    const { reasons } = assessed.recommendation
    expect(sentences).toEqual(
      reasons
        .filter((reason) => !riskRuleIds.has(reason.ruleId))
        .map((reason) => offerReasonText(reason, i18n.t, 'en', live.ruleset)),
    )
    expect(sentences[0]).toBe('5 red flags: the company’s strength comes before the pay')
    expect(screen.getByTestId('why-risk-pointer').textContent).toBe(
      'The risk weighed in this verdict (100 of 100): every point of it is listed once, under “Risk of the move” below.',
    )

    const risk = region('Risk of the move')
    expect(within(risk).getByText('High risk')).toBeTruthy()
    expect(within(risk).getByText('100 of 100')).toBeTruthy()
    const riskList = within(risk).getByRole('list', { name: 'What makes up the risk' })
    // Every line of the risk, the five red flags the decline cites among them (red-flags-once).
    expect(within(riskList).getAllByRole('listitem')).toHaveLength(assessed.risk.reasons.length)
    expect(
      within(riskList).getByText(
        'Chasing leaderboards, a sign of a large-model company ruining itself: +12 points',
      ),
    ).toBeTruthy()
    // Each red flag opens its L50 quote; the points are marked as an assumption.
    const flag = within(riskList)
      .getByText(/^Chasing leaderboards/)
      .closest('li')
    if (!flag) throw new Error('no list item')
    expect(within(flag).getByText('L50', { exact: false })).toBeTruthy()
    expect(within(flag).getByText('assumption')).toBeTruthy()
    expect(
      within(riskList).getByText('Starting risk for this kind of employer (Startup): +55 points'),
    ).toBeTruthy()

    // The pay: 135万 against 50k × 15 = 75万 now, +80%; after tax as a range.
    const pay = region('What it pays')
    expect(within(pay).getByText('+80%')).toBeTruthy()
    expect(within(pay).getAllByText('1.35M/yr')).toHaveLength(1)
    // No sign-on and no stock: year one is said to be a typical year, not repeated.
    expect(
      within(pay).getAllByText('The same as a typical year: no sign-on bonus or uneven vesting.'),
    ).toHaveLength(2)
    if (!assessed.afterTaxRecurring) throw new Error('taxed in China')
    expect(
      within(pay).getAllByText(formatFenRange(assessed.afterTaxRecurring.afterTax, 'en', 'year'))
        .length,
    ).toBeGreaterThan(0)

    // The downside, spelled out: a 60% chance of failure, the risk-adjusted value below the headline.
    const downside = region('If the move fails')
    expect(within(downside).getByText('60%')).toBeTruthy()
    expect(
      within(downside).getByText(formatFenRange(assessed.downside.riskAdjusted, 'en')),
    ).toBeTruthy()
    expect(assessed.downside.riskAdjusted.high).toBeLessThan(assessed.downside.headline.low)
    expect(
      within(downside).getByText(
        /then 4 months of search without pay, and 8 months at your current pay$/,
      ),
    ).toBeTruthy()
    expect(
      within(downside).getByText(/^Severance if the role is cut: 1 month’s wages/),
    ).toBeTruthy()
  })

  it('accepts the big platform that did its homework (P5)', async () => {
    await renderVerdict(storedPersona('p5'), 'o-big-platform', 'en')
    expect(within(liveRegion()).getByText('Accept')).toBeTruthy()
    expect(within(liveRegion()).getByText(/^Risk: medium, \d+ of 100$/)).toBeTruthy()
    const why = region('Why')
    expect(
      within(why).getByText(
        'This offer is a raise of +35% on your current pay, within what Premium (≈1M+) commands (+30% – +100%)',
      ),
    ).toBeTruthy()
    // A risk line, listed with every other under the risk; Why points there.
    expect(
      within(region('Risk of the move')).getByText('“Has a model product” confirmed: +0 points'),
    ).toBeTruthy()
    expect(within(why).getByTestId('why-risk-pointer')).toBeTruthy()
    // Every checklist item is answered: only the employer's eagerness is left to ask.
    const questions = within(region('Questions to ask')).getAllByRole('listitem')
    expect(questions.map((item) => item.dataset['item'])).toEqual(['employer-eager'])
  })

  it('lists a question for every unknown item, and keeps them as Markdown', async () => {
    const { platform, saveTextFile } = fakePlatform()
    await renderVerdict(storedPersona('p4'), 'o-four-steps', 'en', platform)
    const section = region('Questions to ask')
    const list = within(section).getByRole('list', { name: 'Questions for 某大模型创业公司' })
    const items = within(list).getAllByRole('listitem')
    // P4: roadmap, leadership and team unknown; a startup whose funding is not known.
    expect(items.map((item) => item.dataset['item'])).toEqual([
      'checklist:roadmap',
      'checklist:leadership-understands-llms',
      'checklist:team-strength',
      'funding',
    ])
    expect(items[0]?.textContent).toBe(
      'What is the technical roadmap for the next one to two years?Settles: Has a technical roadmap',
    )

    await act(async () => {
      // The whole offer's export has a block of its own (review 23 #8).
      fireEvent.click(
        within(region('Keep the offer and its questions')).getByRole('button', {
          name: 'Export as Markdown',
        }),
      )
      await Promise.resolve()
    })
    // The whole offer weighed, its questions last (the report's module, loaded on the click).
    await waitFor(
      () => {
        expect(saveTextFile).toHaveBeenCalledTimes(1)
      },
      { timeout: 5000 },
    )
    const [fileName, markdown] = saveTextFile.mock.calls[0] ?? ['', '']
    expect(fileName).toMatch(/^tidemark-offer-某大模型创业公司-\d{4}-\d\d-\d\d\.md$/)
    expect(markdown).toContain('# Tidemark: an offer weighed\n')
    expect(markdown).toContain('## Offer: 某大模型创业公司 · 大模型算法专家\n')
    expect(markdown).toContain('- Recommendation: **Decline**')
    expect(markdown).toContain(
      '1. What is the technical roadmap for the next one to two years?\\\n   Settles: Has a technical roadmap\n',
    )
    expect(markdown).toContain(
      '4. Who has invested in the company, in which round, and how many months of runway does it have?',
    )
    await waitFor(() => {
      expect(
        within(region('Keep the offer and its questions')).getByRole('status').textContent,
      ).toMatch(/^Saved “tidemark-offer-/)
    })
  })

  it('prints the questions alone, and takes the print copy away after', async () => {
    await renderVerdict(storedPersona('p4'), 'o-four-steps', 'en')
    let printed: string[] = []
    const print = vi.fn(() => {
      const copy = document.body.querySelector(':scope > .offer-questions-print')
      printed = [...(copy?.querySelectorAll('li .verdict-question') ?? [])].map(
        (item) => item.textContent,
      )
    })
    window.print = print
    fireEvent.click(screen.getByRole('button', { name: 'Print the questions' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(printed).toHaveLength(4)
    expect(printed[3]).toMatch(/^Who has invested in the company/)
    // print() returned at once, as Electron's does (trial 16 #8): the copy stays on the page
    // until the page has printed, or the whole form prints.
    const copy = () => document.body.querySelector(':scope > .offer-questions-print')
    expect(copy()).not.toBeNull()
    act(() => {
      window.dispatchEvent(new Event('afterprint'))
    })
    expect(copy()).toBeNull()
  })

  it('shows which answer would change the verdict, and the verdict moves when it is given', async () => {
    const stored = storedPersona('p1', [CARMAKER])
    const { rerenderWith } = await renderVerdict(stored, 'o-carmaker', 'en')
    expect(within(liveRegion()).getByText('Accept')).toBeTruthy()
    expect(within(liveRegion()).getByText('Risk: medium, 61 of 100')).toBeTruthy()

    const section = region('What would change the verdict')
    const rows = within(section).getAllByRole('row').slice(1)
    const byItem = (name: string) => {
      const row = rows.find((candidate) =>
        candidate.querySelector('th')?.textContent.startsWith(name),
      )
      if (!row) throw new Error(`no row ${name}`)
      return row
    }
    const deployment = byItem('Has real deployment scenarios')
    expect(deployment.dataset['flips']).toBe('true')
    expect(within(deployment).getByText('Changes the verdict')).toBeTruthy()
    const [ifYes, ifNo] = within(deployment).getAllByRole('cell')
    expect(ifYes?.textContent).toBe('Acceptrisk 57 (medium)')
    expect(ifNo?.textContent).toBe('Declinerisk 65 (high)')
    // The eagerness only matters for pay below the band: no flip, and no mark.
    const eager = byItem('Employer is eager')
    expect(eager.dataset['flips']).toBe('false')
    expect(within(eager).queryByText('Changes the verdict')).toBeNull()
    expect(
      within(section).getByText('4 answers would change the verdict: ask those first.'),
    ).toBeTruthy()

    // The user learns there is no real deployment: the verdict, announced, becomes a decline.
    const offer = storedOffer(stored, 'o-carmaker')
    act(() => {
      rerenderWith(
        assessWithDraft(stored, {
          offer: { ...offer, checklist: { ...offer.checklist, deployment: 'no' } },
        }),
      )
    })
    await waitFor(() => {
      expect(within(liveRegion()).getByText('Decline')).toBeTruthy()
    })
    expect(within(liveRegion()).getByText('Risk: high, 65 of 100')).toBeTruthy()
    // Three items left unknown, and the deployment is no longer among them.
    await waitFor(() => {
      expect(
        within(region('What would change the verdict')).queryByText(
          'Has real deployment scenarios',
        ),
      ).toBeNull()
    })
  })

  it('says the pay was not judged, with the way to fix it (P6)', async () => {
    const { live } = await renderVerdict(storedPersona('p6'), 'o-openai-l5', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-openai-l5')
    expect(assessed?.ok && assessed.recommendation).toMatchObject({
      recommendation: 'accept',
      payJudged: false,
    })
    // The large verdict says the pay was not judged: never a bare "Accept".
    expect(document.querySelector('.verdict-value')?.textContent).toBe('Accept, pay not judged')
    const link = within(document.querySelector('.verdict-headline') as HTMLElement).getByRole(
      'link',
      { name: 'Enter your current pay' },
    )
    expect(link.getAttribute('href')).toBe('#/skills')
    expect(
      within(region('Why')).getByText('The pay could not be judged: enter your current pay'),
    ).toBeTruthy()
    const pay = region('What it pays')
    expect(within(pay).getByText('Not taxed in mainland China: no after-tax figure.')).toBeTruthy()
    expect(within(pay).getByText('No current pay to compare with.', { exact: false })).toBeTruthy()
  })

  it('says what it could not read in the pay', async () => {
    const stored = storedPersona('p1', [
      { ...CARMAKER, id: 'o-unreadable', pay: { base: { kind: 'text', text: '面议 30-40k' } } },
    ])
    const { live } = await renderVerdict(stored, 'o-unreadable', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-unreadable')
    expect(assessed?.ok).toBe(false)
    expect(screen.getByText('The pay could not be read')).toBeTruthy()
    expect(screen.queryByText('Questions to ask')).toBeNull()
    expect(document.querySelector('.verdict-unreadable-what')?.textContent).toMatch(/“.+”/)
  })

  it('renders in Chinese', async () => {
    await renderVerdict(storedPersona('p4'), 'o-four-steps', 'zh-CN')
    expect(within(liveRegion()).getByText('拒绝')).toBeTruthy()
    expect(within(liveRegion()).getByText('风险：高，100 分（满分 100）')).toBeTruthy()
    const why = region('依据')
    expect(
      within(region('跳槽风险')).getByText('打榜、卷排名，大模型公司自毁的信号：+12 分'),
    ).toBeTruthy()
    expect(within(why).getByTestId('why-risk-pointer').textContent).toBe(
      '这一结论也看了风险（100 分，满分 100）：每一项风险分都只列一次，见下方“跳槽风险”。',
    )
    expect(within(region('跳槽风险')).getByText('高风险')).toBeTruthy()
    expect(within(region('薪资')).getAllByText('135万/年')).toHaveLength(1)
    const questions = within(region('要问的问题')).getAllByRole('listitem')
    expect(questions[0]?.querySelector('.verdict-question')?.textContent).toBe(
      '未来一到两年的技术规划是怎样的？',
    )
    expect(within(region('什么会改变结论')).getByText('有后续技术规划')).toBeTruthy()
    expect(screen.getByRole('button', { name: '导出为 Markdown' })).toBeTruthy()
  })
})
