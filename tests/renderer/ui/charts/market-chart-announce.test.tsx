// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET, type Fen } from '../../../../renderer/domain'
import { MarketChart } from '../../../../renderer/ui/charts/MarketChart'
import { marketChartData } from '../../../../renderer/ui/charts/market-chart-data'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'

/**
 * Trial 14: the market chart's arrow keys moved its tooltip and announced nothing. While it has
 * focus, a polite live region says the bar reached: its name, figure and, for the article's,
 * what the figure counts and its line. Right and Down go to the next bar, Up and Left back
 * (recharts' own ArrowRight went back in a vertical layout: nothing moved from the first bar).
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 400 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 400, top: 0, left: 0, right: 600, bottom: 400, x: 0, y: 0 }) as DOMRect
})
afterEach(cleanup)

const yuan = (amount: number) => (amount * 100) as Fen

async function renderChart(language: UiLanguage) {
  const i18n = await createI18n(language)
  const data = marketChartData({
    current: {
      label: i18n.t('offerCompare.market.current'),
      total: { low: yuan(400_000), high: yuan(500_000) },
    },
    offers: [],
    band: null,
    references: DEFAULT_RULESET.marketPay,
    referenceLabel: (reference) => i18n.t(`offerCompare.market.references.${reference.id}`),
  })
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MarketChart data={data} label="chart" formatAxis={String} tooltip={(row) => row.label} />
    </I18nextProvider>,
  )
  const surface = await waitFor(() => {
    const found = view.container.querySelector<SVGElement>('svg[tabindex="0"]')
    if (!found) throw new Error('the chart takes focus')
    return found
  })
  const status = view.getByRole('status')
  return { surface, status, data }
}

async function press(surface: SVGElement, key: string) {
  await act(async () => {
    fireEvent.keyDown(surface, { key })
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe('the market chart announces the bar the arrow keys reach', () => {
  it('says nothing until focused, then each bar (en)', async () => {
    const { surface, status, data } = await renderChart('en')
    expect(status.textContent).toBe('')
    act(() => {
      surface.focus()
    })
    await waitFor(() => {
      expect(status.textContent).toBe('Current job: 400k–500k/yr')
    })
    await press(surface, 'ArrowRight')
    const second = data.rows[1]
    if (!second?.reference) throw new Error('the article’s figures follow the current job')
    await waitFor(() => {
      expect(status.textContent).toMatch(
        new RegExp(`^${second.label}: .+/yr \\(.+\\), The article, L\\d+`),
      )
    })
    // Down to the next bar, Up back: the bars are listed top to bottom.
    await press(surface, 'ArrowDown')
    const third = data.rows[2]
    if (!third) throw new Error('a third bar')
    await waitFor(() => {
      expect(status.textContent).toMatch(new RegExp(`^${third.label}: `))
    })
    await press(surface, 'ArrowUp')
    await waitFor(() => {
      expect(status.textContent).toMatch(new RegExp(`^${second.label}: `))
    })
    act(() => {
      surface.blur()
    })
    await waitFor(() => {
      expect(status.textContent).toBe('')
    })
  })

  it('says it in Chinese', async () => {
    const { surface, status, data } = await renderChart('zh-CN')
    act(() => {
      surface.focus()
    })
    await waitFor(() => {
      expect(status.textContent).toBe('当前工作：40万–50万/年')
    })
    await press(surface, 'ArrowRight')
    const second = data.rows[1]
    if (!second) throw new Error('a second bar')
    await waitFor(() => {
      expect(status.textContent).toMatch(new RegExp(`^${second.label}：.+（.+），原文第 \\d+ 行`))
    })
  })
})
