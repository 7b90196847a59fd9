// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import type { OfferAssessment } from '../../../../renderer/domain'
import type { Offer } from '../../../../renderer/domain/model/offer'
import type { Fen } from '../../../../renderer/domain/money'
import { detectPlatform } from '../../../../renderer/platform'
import { formatFenRange } from '../../../../renderer/ui/format/amount'
import { useAssessment, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }

afterEach(cleanup)

const mover = loadPersona('p1')
function firstOffer(name: 'p4' | 'p5'): Offer {
  const offer = loadPersona(name).offers[0]
  if (!offer) throw new Error(`${name} has an offer`)
  return offer
}
/** P4's startup with five red flags, and P5's big platform with its homework done. */
const startup = firstOffer('p4')
const platformOffer = firstOffer('p5')
/** P5's offer with a sign-on bonus: year one then differs from a typical year. */
const withSignOn: Offer = {
  ...platformOffer,
  pay: { ...platformOffer.pay, signOn: { low: 100_000, high: 100_000 } },
}

/** The app's live assessment, as the Offers screen hands it to the comparison. */
let latest: LiveAssessment | undefined
function Harness() {
  const live = useAssessment()
  latest = live
  return live ? <OfferComparison live={live} /> : null
}

/** P1's profile and skills with P4's and P5's offers, saved through the repositories. */
async function renderComparison(language: UiLanguage, profile = mover.profile, first = startup) {
  const db = new TidemarkDatabase(`offer-compare-test-${crypto.randomUUID()}`)
  await db.open()
  const day = new Date('2026-03-01T10:00:00')
  await saveProfile(db, profile, day)
  for (const skill of mover.skills) await saveSkill(db, skill, day)
  // Added in this order; stored by id, the other way round.
  await saveOffer(db, first, day)
  await saveOffer(db, withSignOn, new Date('2026-03-02T10:00:00'))
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(() => {
    expect(document.querySelector('tr[data-row="cash"]')).not.toBeNull()
  }, SLOW)
  return db
}

function live(): LiveAssessment {
  if (!latest) throw new Error('no assessment yet')
  return latest
}

function offerAssessed(offerId: string): Extract<OfferAssessment, { ok: true }> {
  const found = live().assessment.offers.find((offer) => offer.offerId === offerId)
  if (!found?.ok) throw new Error(`no assessment for ${offerId}`)
  return found
}

/** The figure (first line) of a row's cell in a column: 0 is the current job. */
function figure(row: string, column: number): string {
  const cells = document.querySelectorAll(`tr[data-row="${row}"] td`)
  const cell = cells[column]
  if (!cell) throw new Error(`no cell ${row}/${String(column)}`)
  return cell.querySelector('.compare-value')?.textContent ?? cell.textContent
}

function cellText(row: string, column: number): string {
  return document.querySelectorAll(`tr[data-row="${row}"] td`)[column]?.textContent ?? ''
}

describe('OfferComparison', { timeout: 30_000 }, () => {
  it('shows the current job and both offers, figure by figure, each offer linked', async () => {
    await renderComparison('en')
    const table = screen.getByRole('table', { name: 'Offers compared with your current job' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.querySelector('a')?.textContent ?? header.textContent)
    expect(headers).toEqual(['Figure', 'Current job', startup.company, platformOffer.company])
    expect(
      within(table).getByRole('link', { name: platformOffer.company }).getAttribute('href'),
    ).toBe(`#/offers/${platformOffer.id}`)
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.firstChild?.textContent)
    expect(rowHeaders).toEqual([
      'Cash a year',
      'Total, typical year',
      'Total, year one',
      'After tax, typical year',
      'After tax, year one',
      'Social insurance by',
      'Raise on your current pay',
      'Risk of the move',
      'Risk-adjusted value',
      'Recommendation',
    ])

    const current = live().assessment.currentPay
    if (!current?.ok) throw new Error('P1 has a current pay')
    // 50k × 15 = 750k now; the startup's 135万 a year.
    expect(figure('cash', 0)).toBe('750k/yr')
    expect(figure('cash', 0)).toBe(formatFenRange(current.pay.cash, 'en', 'year'))
    expect(figure('cash', 1)).toBe('1.35M/yr')
    const second = offerAssessed(platformOffer.id)
    expect(figure('total', 2)).toBe(formatFenRange(second.pay.totalRecurring, 'en', 'year'))
    if (!second.afterTaxRecurring) throw new Error('taxed in China')
    expect(figure('after-tax', 2)).toBe(
      formatFenRange(second.afterTaxRecurring.afterTax, 'en', 'year'),
    )
    // The startup with five red flags: high risk, decline, with its reasons behind "Why".
    const first = offerAssessed(startup.id)
    expect(first.recommendation.recommendation).toBe('decline')
    expect(figure('recommendation', 1)).toBe('Decline')
    expect(figure('risk', 1)).toBe(`High · ${String(first.risk.score)}/100`)
    const reasons = screen.getByRole('list', {
      name: `Why, Risk of the move: ${startup.company} · ${startup.role}`,
    })
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(first.risk.reasons.length)
    // The raise, and the downside spelled out.
    expect(figure('raise', 0)).toBe('—')
    expect(cellText('risk-adjusted', 1)).toMatch(/If the role fails \(\d+(\.\d)?% chance\)/)
    // 24 months before tax, not a year's: the figure and its row say so (trial 8, item 8).
    expect(figure('risk-adjusted', 1)).toBe(
      `${formatFenRange(first.downside.riskAdjusted, 'en')}/24 mo`,
    )
    expect(document.querySelector('tr[data-row="risk-adjusted"] th')?.textContent).toBe(
      'Risk-adjusted value24 months before tax, not a year: the failure chance weighed in',
    )
    expect(cellText('tax-city', 0)).toContain('Beijing, 2025 figures')
  })

  it('never stars an offer the verdict declines (P4), on the risk-adjusted value or any row, and says why', async () => {
    await renderComparison('en')
    const declined = offerAssessed(startup.id)
    const open = offerAssessed(platformOffer.id)
    expect(declined.recommendation.recommendation).toBe('decline')
    // The premise of the finding: P4's large offer outweighs its downside in the figure itself.
    const middle = (range: { low: number; high: number }) => (range.low + range.high) / 2
    expect(middle(declined.downside.riskAdjusted)).toBeGreaterThan(
      middle(open.downside.riskAdjusted),
    )
    const cells = document.querySelectorAll('tr[data-row="risk-adjusted"] td')
    expect(cells[1]?.hasAttribute('data-best')).toBe(false)
    expect(cells[2]?.hasAttribute('data-best')).toBe(true)
    expect(cellText('risk-adjusted', 1)).toContain('Not starred: the verdict is to decline')
    expect(cellText('risk-adjusted', 2)).not.toContain('Not starred')
    // No row stars it, though it leads on pay and raise (trial 8: the raise's ★ went to it): the
    // ★ goes to the best of the others, staying's among them.
    expect(cells.length).toBe(3)
    expect(middle(declined.pay.cash)).toBeGreaterThan(middle(open.pay.cash))
    if (!declined.raise || !open.raise) throw new Error('both offers have a raise')
    expect(middle(declined.raise)).toBeGreaterThan(middle(open.raise))
    for (const row of ['cash', 'total', 'after-tax', 'raise', 'risk', 'risk-adjusted']) {
      const rowCells = document.querySelectorAll(`tr[data-row="${row}"] td`)
      expect(rowCells[1]?.hasAttribute('data-best'), row).toBe(false)
      expect(
        [...rowCells].some((cell) => cell.hasAttribute('data-best')),
        `${row} stars another column`,
      ).toBe(true)
    }
    expect(document.querySelectorAll('tr[data-row="raise"] td')[2]?.hasAttribute('data-best')).toBe(
      true,
    )
    expect(
      screen.getByText(/never on an offer the verdict declines or says to wait on/i),
    ).toBeTruthy()
  })

  it('says what ★ means for a range, in the legend and on the star (trial 15 #10)', async () => {
    await renderComparison('en')
    expect(
      screen.getByText(/for a range, the one whose low end \(what it pays at least\) is highest/),
    ).toBeTruthy()
    const star = document.querySelector('td[data-best] .compare-best')
    expect(star?.getAttribute('title')).toBe('Best on this row: for a range, the highest low end')
  })

  it('says what ★ means in Chinese too (zh-CN)', async () => {
    await renderComparison('zh-CN')
    expect(screen.getByText(/区间按下限（至少能拿到的数）比较，下限相同再比上限/)).toBeTruthy()
    expect(document.querySelector('td[data-best] .compare-best')?.getAttribute('title')).toBe(
      '本行最优：区间按下限比较',
    )
  })

  it('never stars an offer the verdict says to wait on (trial 10), and says why', async () => {
    // P4's startup without its red flags, its checklist answered: high risk for P1, who holds a
    // stable role, so "wait and watch" (L13); it still leads on pay.
    const waiting: Offer = {
      ...startup,
      redFlags: [],
      checklist: {
        'model-product': 'no',
        deployment: 'no',
        roadmap: 'yes',
        'leadership-understands-llms': 'yes',
        'team-strength': 'yes',
      },
    }
    await renderComparison('en', mover.profile, waiting)
    expect(offerAssessed(startup.id).recommendation.recommendation).toBe('wait-and-watch')
    for (const row of ['cash', 'raise', 'risk-adjusted']) {
      const rowCells = document.querySelectorAll(`tr[data-row="${row}"] td`)
      expect(rowCells[1]?.hasAttribute('data-best'), row).toBe(false)
    }
    expect(cellText('risk-adjusted', 1)).toContain('Not starred: the verdict is to wait and watch')
  })

  it('stars no declined offer in Chinese either, and says so (zh-CN)', async () => {
    await renderComparison('zh-CN')
    for (const row of ['cash', 'raise', 'risk-adjusted']) {
      const rowCells = document.querySelectorAll(`tr[data-row="${row}"] td`)
      expect(rowCells[1]?.hasAttribute('data-best'), row).toBe(false)
    }
    expect(screen.getByText(/不标给结论为拒绝或观望的 offer/)).toBeTruthy()
  })

  it('shows what staying is worth over the horizon, and stars it when no offer beats it (trial 14)', async () => {
    // A current pay above both offers: staying's 24 months are the best risk-adjusted value.
    await renderComparison('en', {
      ...mover.profile,
      currentPay: { currency: 'CNY', base: { kind: 'text', text: '150k×15' } },
    })
    const current = live().assessment.currentPay
    if (!current?.ok) throw new Error('current pay read')
    const staying = {
      low: (current.pay.totalRecurring.low * 2) as Fen,
      high: (current.pay.totalRecurring.high * 2) as Fen,
    }
    expect(figure('risk-adjusted', 0)).toBe(`${formatFenRange(staying, 'en')}/24 mo`)
    expect(cellText('risk-adjusted', 0)).toContain(
      'if you stay: 24 months of a typical year, no failure priced',
    )
    const cells = document.querySelectorAll('tr[data-row="risk-adjusted"] td')
    expect(cells[0]?.hasAttribute('data-best')).toBe(true)
    expect(cells[1]?.hasAttribute('data-best')).toBe(false)
    expect(cells[2]?.hasAttribute('data-best')).toBe(false)
  })

  it("names the article's lines in the market table as the interface writes them", async () => {
    await renderComparison('zh-CN')
    const caption = await screen.findByText('文章中的数字', { exact: false, selector: 'caption' })
    const table = caption.closest('table')
    if (!table) throw new Error('the market figures have a table')
    const sources = [...table.querySelectorAll('tbody td:last-child')].map(
      (cell) => cell.textContent,
    )
    expect(sources.some((text) => /^原文第 \d+(、\d+)* 行：/.test(text))).toBe(true)
    expect(sources.filter((text) => /L\d/.test(text))).toEqual([])
  })

  it('tells year one from a typical year where a sign-on is paid', async () => {
    await renderComparison('en')
    const second = offerAssessed(platformOffer.id)
    expect(figure('year-one', 2)).toBe(formatFenRange(second.pay.totalYearOne, 'en', 'year'))
    expect(figure('year-one', 2)).not.toBe(figure('total', 2))
    expect(cellText('year-one', 2)).toContain('incl. sign-on 100k')
    // No sign-on, even pay: the startup's year one is its typical year.
    expect(figure('year-one', 1)).toBe(figure('total', 1))
    expect(cellText('year-one', 1)).toContain('same as a typical year')
    // The sign-on is taxed as wages in year one: after tax differs too.
    expect(figure('after-tax-year-one', 2)).not.toBe(figure('after-tax', 2))
  })

  it('saves a housing-fund rate as it is typed, and the after-tax figures follow', async () => {
    const db = await renderComparison('en')
    const before = figure('after-tax', 0)
    const input = screen.getByLabelText('Housing fund rate (%)')
    expect(input.getAttribute('placeholder')).toBe('city’s: 12')
    await act(async () => {
      fireEvent.change(input, { target: { value: '5' } })
      await Promise.resolve()
    })
    await waitFor(async () => {
      expect((await readEngineSettings(db)).socialInsurance.housingFundPercent).toBe(5)
    }, SLOW)
    // Less to the housing fund: more after tax, on the current job as on the offers.
    await waitFor(() => {
      expect(figure('after-tax', 0)).not.toBe(before)
    }, SLOW)
    const current = live().assessment.currentPay
    if (!current?.ok || !current.afterTax) throw new Error('P1 has a current pay')
    expect(figure('after-tax', 0)).toBe(formatFenRange(current.afterTax.afterTax, 'en', 'year'))
    // The tax assumptions' status line (the market chart below has a live line of its own).
    const taxSection = screen.getByRole('region', { name: 'Tax assumptions' })
    expect(within(taxSection).getByRole('status').textContent).toBe(
      'Saved: the figures above use it.',
    )
    expect(cellText('tax-city', 0)).toContain('your own figures (housing fund 5%), not Beijing’s')
  })

  it('says the own floor and cap apply to every column, and shows them in the figures in use (new-user trial M2)', async () => {
    const db = await renderComparison('en')
    for (const [label, value] of [
      ['Base floor (yuan a month)', '4500'],
      ['Base cap (yuan a month)', '22000'],
    ] as const) {
      await act(async () => {
        fireEvent.change(screen.getByLabelText(label), { target: { value } })
        await Promise.resolve()
      })
    }
    await waitFor(async () => {
      expect((await readEngineSettings(db)).socialInsurance.baseCapMonthly).toBe(22_000)
    }, SLOW)
    await waitFor(() => {
      expect(screen.getByTestId('tax-own-figures').textContent).toBe(
        'Your own figures (floor 4,500, cap 22,000) are used in every column, your current job and each offer, in place of each city’s. Empty a field to use the cities’ figures again.',
      )
    }, SLOW)
    // Each column says whose figures it uses: the user's, not the city's, from its name on
    // (trial 7: "Beijing, 2025 figures" was the name beside the user's own).
    for (const column of [0, 1, 2]) {
      expect(figure('tax-city', column)).toBe('Your own figures, the rest Beijing’s 2025')
      expect(cellText('tax-city', column)).toContain(
        'your own figures (floor 4,500, cap 22,000), not Beijing’s',
      )
    }
    expect(cellText('tax-city', 0)).not.toContain('with your own figures')
    // "Figures in use" lists the figures the engine uses, not the preset's.
    expect(screen.getByText(/^Figures in use:/).textContent).toBe(
      'Figures in use: Beijing 2025 with your own floor and cap: base 4,500–22,000 yuan a month, housing fund 12%.',
    )
  })

  it('says the own figures in Chinese too', async () => {
    await renderComparison('zh-CN')
    await act(async () => {
      fireEvent.change(screen.getByLabelText('缴费基数下限（元/月）'), {
        target: { value: '4500' },
      })
      await Promise.resolve()
    })
    await waitFor(() => {
      expect(screen.getByTestId('tax-own-figures').textContent).toBe(
        '你自己填写的数字（基数下限 4,500）用于每一列（当前工作和每个 offer），取代各城市的标准。清空对应字段即恢复城市标准。',
      )
    }, SLOW)
    expect(cellText('tax-city', 1)).toContain(
      '采用你自己填写的数字（基数下限 4,500），而非北京的标准',
    )
    expect(figure('tax-city', 1)).toBe('你自己填写的数字，其余按北京 2025 年度')
    expect(screen.getByText(/^正在使用：/).textContent).toBe(
      '正在使用：北京 2025 年度（基数下限为你自己填写）：基数 4,500–35,811 元/月，公积金 12%。',
    )
  })

  it('names a wrong rate beside its field and saves nothing', async () => {
    const db = await renderComparison('en')
    const before = figure('after-tax', 1)
    const input = screen.getByLabelText('Housing fund rate (%)')
    await act(async () => {
      fireEvent.change(input, { target: { value: '15' } })
      await Promise.resolve()
    })
    const error = await screen.findByText(
      'Enter a rate from 0 to 12, or leave it empty for the city’s.',
    )
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.getAttribute('aria-describedby')).toContain(error.id)
    await act(async () => {
      fireEvent.change(input, { target: { value: 'twelve' } })
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(await db.engineSettings.get('engine')).toBeUndefined()
    expect(figure('after-tax', 1)).toBe(before)
  })

  it('lets the user hide an offer and order offers by risk', async () => {
    await renderComparison('en')
    const headerNames = () =>
      within(screen.getByRole('table', { name: 'Offers compared with your current job' }))
        .getAllByRole('columnheader')
        .slice(1)
        .map((header) => header.querySelector('a')?.textContent ?? header.textContent)
    fireEvent.change(screen.getByLabelText('Order offers by'), { target: { value: 'risk' } })
    expect(headerNames()).toEqual(['Current job', platformOffer.company, startup.company])
    fireEvent.click(
      screen.getByRole('checkbox', { name: `Show ${startup.company} · ${startup.role}` }),
    )
    expect(headerNames()).toEqual(['Current job', platformOffer.company])
  })

  it('reads in Simplified Chinese, errors too', async () => {
    await renderComparison('zh-CN')
    expect(screen.getByRole('heading', { name: '对比' })).toBeTruthy()
    expect(screen.getByRole('columnheader', { name: '当前工作' })).toBeTruthy()
    expect(screen.getByRole('rowheader', { name: /^年现金/ })).toBeTruthy()
    expect(figure('cash', 0)).toBe('75万/年')
    expect(figure('recommendation', 1)).toBe('拒绝')
    expect(cellText('tax-city', 0)).toContain('北京 2025 年度')
    // The risk-adjusted value is 24 months before tax, said beside the yearly totals (trial 8).
    expect(document.querySelector('tr[data-row="risk-adjusted"] th')?.textContent).toBe(
      '风险调整后价值24 个月税前合计，不是一年：已计入失败概率',
    )
    const declined = offerAssessed(startup.id)
    expect(figure('risk-adjusted', 1)).toBe(
      `${formatFenRange(declined.downside.riskAdjusted, 'zh-CN')}/24个月`,
    )
    expect(cellText('risk-adjusted', 1)).toContain('两种结果')
    expect(cellText('risk-adjusted', 1)).not.toContain('最坏情况')
    const input = screen.getByLabelText('公积金比例（%）')
    await act(async () => {
      fireEvent.change(input, { target: { value: '-1' } })
      await Promise.resolve()
    })
    expect(
      await screen.findByText('请输入 0 到 12 之间的比例，或留空以使用城市标准。'),
    ).toBeTruthy()
  })

  it('says the current job is taxed outside mainland China, where the profile says so', async () => {
    // Trial 23: a Hong Kong pay made current was taxed as Beijing pay in this column.
    await renderComparison('en', { ...mover.profile, currentPayTaxedInChina: false })
    expect(cellText('after-tax', 0)).toBe('Not taxed in mainland China: no after-tax figure')
    expect(figure('cash', 0)).not.toBe('–')
  })

  it('stars no after-tax figure while a contender is taxed outside mainland China', async () => {
    // Trial 23 #2: the ★ went to the one offer taxed in mainland China, over ones taxed abroad.
    const abroad: Offer = { ...platformOffer, id: 'hong-kong-lab', company: 'HK Lab' }
    await renderComparison('en', mover.profile, { ...abroad, taxedInChina: false })
    const starred = (row: string) =>
      [...document.querySelectorAll(`tr[data-row="${row}"] td`)].filter((cell) =>
        cell.hasAttribute('data-best'),
      ).length
    expect(cellText('after-tax', 1)).toContain('Not taxed in mainland China')
    expect(starred('after-tax')).toBe(0)
    // Before tax every column has a figure, and the ★ stands.
    expect(starred('cash')).toBeGreaterThan(0)
  })

  it('stars the after-tax figure again when every contender is taxed in mainland China', async () => {
    const mainland: Offer = { ...platformOffer, id: 'mainland-lab', company: 'Mainland Lab' }
    await renderComparison('en', mover.profile, mainland)
    const cells = [...document.querySelectorAll('tr[data-row="after-tax"] td')]
    expect(cells.some((cell) => cell.hasAttribute('data-best'))).toBe(true)
  })
})
