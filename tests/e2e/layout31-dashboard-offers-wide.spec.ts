import { expect, test, type Page } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Session 28's look (Look 31, Low): from 1600 px the dashboard sets three cards across and the
 * offers card, 430-606 px wide, takes its narrow form, four columns of figures each held on one
 * line. With the benchmark's ten offers (high risk, wide ranges) its table scrolled sideways by
 * 102 px at 1700 and 28 px at 1920 (en). A range may now break after its dash, each end whole,
 * and a column heading at its spaces: nothing scrolls sideways at 1280, 1700, 1920 or 2560 px.
 */
const CASES = [
  { words: EN, locale: 'en-US', check: 'Check this date: it looks mistyped' },
  { words: ZH, locale: 'zh-CN', check: '请核对：日期似乎输错了' },
] as const

const WIDTHS = [1280, 1700, 1920, 2560]

/** A local calendar day `days` from today, as the form stores it. */
function dayFromToday(days: number): string {
  const date = new Date()
  date.setDate(date.getDate() + days)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The benchmark's profile of ten open offers, one deadline mistyped and one two days past. */
function exportFile(): string {
  const document = JSON.parse(profileExport({ skills: 0 })) as {
    data: { offers: Record<string, unknown>[] }
  }
  const [first, second] = document.data.offers
  document.data.offers[0] = { ...first, deadline: '0006-02-02' }
  document.data.offers[1] = { ...second, deadline: dayFromToday(-2) }
  return JSON.stringify(document)
}

/** The offers card: how far its table scrolls sideways, and any figure split or out of its cell. */
function measureCard(page: Page) {
  return page.getByTestId('dashboard-offers').evaluate((card) => {
    const scroller = card.querySelector('.dash-table-scroll') as HTMLElement
    const figures = [...card.querySelectorAll<HTMLElement>('.dash-figure, .dash-risk')]
    const split = figures
      .filter(
        (figure) => figure.getClientRects().length > 1 || figure.scrollWidth > figure.clientWidth,
      )
      .map((figure) => figure.textContent)
    const outside = [...card.querySelectorAll<HTMLElement>('tbody td')]
      .filter((cell) =>
        [...cell.children].some(
          (child) => child.getBoundingClientRect().right > cell.getBoundingClientRect().right + 0.5,
        ),
      )
      .map((cell) => cell.textContent)
    return {
      sideways: scroller.scrollWidth - scroller.clientWidth,
      card: card.scrollWidth - card.clientWidth,
      split,
      outside,
    }
  })
}

for (const c of CASES) {
  test.describe(`the dashboard's offers card, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 900 } })

    test('ten offers fit the card without scrolling sideways at 1280-2560 px', async ({ page }) => {
      test.setTimeout(120_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      await importThroughUi(page, jsonFile('ten-offers.json', exportFile()), 'replace', words)

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/#/dashboard')
        const card = page.getByTestId('dashboard-offers')
        await expect(card.locator('tbody tr')).toHaveCount(10)
        await expect(card.locator('.dash-date-check')).toHaveText(c.check)
        const at = `${String(width)} px`
        const measured = await measureCard(page)
        expect(measured.sideways, `the table scrolls sideways at ${at}`).toBeLessThanOrEqual(0)
        expect(measured.card, `the card scrolls sideways at ${at}`).toBeLessThanOrEqual(0)
        expect(measured.split, `figures split or cut at ${at}`).toEqual([])
        expect(measured.outside, `cells whose content leaves them at ${at}`).toEqual([])
        // No overflow, so no scrolling region to reach by Tab.
        await expect(card.getByRole('region')).toHaveCount(0)
        if (width === 1700) await expectNoAxeViolations(page)
      }
    })
  })
}
