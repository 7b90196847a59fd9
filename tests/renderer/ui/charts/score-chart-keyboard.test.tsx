// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { SkillSnapshot } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { ScoreTrendFigure } from '../../../../renderer/ui/charts/ScoreTrendFigure'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial 15: the score trend chart could not be reached from the keyboard. It is one Tab stop
 * now (none of its points is one), the arrow keys move between the days, and while it has
 * focus a polite live region says the day reached, as the market chart does (39e832d).
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 220 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 220, top: 0, left: 0, right: 600, bottom: 220, x: 0, y: 0 }) as DOMRect
})
afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

const snapshot = (date: string, score: number, tier: SkillSnapshot['tier']): SkillSnapshot => ({
  date,
  score,
  tier,
  levels: {},
  rulesetVersion: DEFAULT_RULESET.version,
})

/** Thirty-six days, as the trial's: one Tab stop for all of them. */
const DAYS = Array.from({ length: 36 }, (_, day) =>
  snapshot(
    new Date(Date.UTC(2026, 9, 1 + day)).toISOString().slice(0, 10),
    day < 20 ? 40 + day : 61,
    day < 10 ? 'mid' : 'premium',
  ),
)

async function renderFigure(language: UiLanguage) {
  const db = new TidemarkDatabase(`score-chart-keyboard-${crypto.randomUUID()}`)
  await db.open()
  await db.skillSnapshots.bulkPut(DAYS)
  const i18n = await createI18n(language)
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>
        <ScoreTrendFigure ruleset={DEFAULT_RULESET} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  const surface = await waitFor(
    () => {
      const found = view.container.querySelector<SVGElement>('svg[tabindex="0"]')
      if (!found) throw new Error('the chart takes focus')
      return found
    },
    { timeout: 5000 },
  )
  const status = view.getByTestId('score-chart-status')
  return { view, surface, status }
}

async function press(surface: SVGElement, key: string) {
  await act(async () => {
    fireEvent.keyDown(surface, { key })
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe('the score trend chart from the keyboard', () => {
  it('is one Tab stop, outside any hidden part, with its name and a hint (en)', async () => {
    const { view, surface } = await renderFigure('en')
    const tabbable = [...view.container.querySelectorAll<HTMLElement | SVGElement>('*')].filter(
      (element) => element.tabIndex >= 0 && element.getAttribute('tabindex') !== null,
    )
    expect(tabbable).toEqual([surface])
    expect(surface.closest('[aria-hidden="true"]')).toBeNull()
    expect(surface.getAttribute('aria-label')).toBe('Chart: your score over time')
    expect(view.getByText(/use the arrow keys to read each day’s score/)).toBeTruthy()
  })

  it('starts on the latest day and says each day the keys reach while it has focus (en)', async () => {
    const { surface, status } = await renderFigure('en')
    expect(status.textContent).toBe('')
    act(() => {
      surface.focus()
    })
    // Trial 18 M5: the first day was where it began, 266 presses from today's.
    await waitFor(() => {
      expect(status.textContent).toBe('Nov 5, 2026: score 61, Premium (≈1M+)')
    })
    await press(surface, 'ArrowLeft')
    await waitFor(() => {
      expect(status.textContent).toBe('Nov 4, 2026: score 61, Premium (≈1M+)')
    })
    await press(surface, 'Home')
    await waitFor(() => {
      expect(status.textContent).toBe('Oct 1, 2026: score 40, Mid-level')
    })
    await press(surface, 'ArrowRight')
    await waitFor(() => {
      expect(status.textContent).toBe('Oct 2, 2026: score 41, Mid-level')
    })
    await press(surface, 'PageUp')
    await waitFor(() => {
      expect(status.textContent).toBe('Oct 12, 2026: score 51, Premium (≈1M+)')
    })
    await press(surface, 'PageDown')
    await waitFor(() => {
      expect(status.textContent).toBe('Oct 2, 2026: score 41, Mid-level')
    })
    await press(surface, 'PageDown')
    await waitFor(() => {
      expect(status.textContent).toBe('Oct 1, 2026: score 40, Mid-level')
    })
    await press(surface, 'End')
    await waitFor(() => {
      expect(status.textContent).toBe('Nov 5, 2026: score 61, Premium (≈1M+)')
    })
    act(() => {
      surface.blur()
    })
    await waitFor(() => {
      expect(status.textContent).toBe('')
    })
  })

  it('keeps ArrowDown from scrolling the page away from it', async () => {
    const { surface } = await renderFigure('en')
    act(() => {
      surface.focus()
    })
    const event = new KeyboardEvent('keydown', {
      key: 'ArrowDown',
      bubbles: true,
      cancelable: true,
    })
    act(() => {
      surface.dispatchEvent(event)
    })
    expect(event.defaultPrevented).toBe(true)
  })

  it('has no live region but its own polite one (review 23 M7: the tooltip spoke too)', async () => {
    const { view, surface, status } = await renderFigure('en')
    act(() => {
      surface.focus()
    })
    await press(surface, 'ArrowLeft')
    await waitFor(() => {
      expect(view.container.textContent).toContain('Nov 4, 2026')
    })
    const live = [...view.container.querySelectorAll('[role="status"], [aria-live]')]
    expect(live).toEqual([status])
    expect(view.container.querySelector('[aria-live="assertive"]')).toBeNull()
  })

  it('says it in Chinese', async () => {
    const { surface, status } = await renderFigure('zh-CN')
    expect(surface.getAttribute('aria-label')).toBe('图表：溢价分走势')
    act(() => {
      surface.focus()
    })
    await waitFor(() => {
      expect(status.textContent).toMatch(/^2026年11月5日：61 分，.+$/)
    })
  })
})
