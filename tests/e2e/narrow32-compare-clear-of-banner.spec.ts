import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 34 M3, what was left: at 720 px the comparison scrolls inside a box as high as the
 * window, and in the browser the banners' row (the export reminder) took the box's foot, its
 * sideways scrollbar with it, out of a mouse's reach; nothing said that a third column was cut
 * off at the right. The box now ends above the banners, a line above the table says it scrolls
 * sideways, and a shadow marks the right edge while columns go on past it. The sample (three
 * offers, never exported, so the reminder shows), 720 × 800, en and zh-CN.
 */
const LANGUAGES = [
  {
    name: 'en',
    locale: 'en-US',
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
    hint: 'The table scrolls sideways',
  },
  {
    name: 'zh-CN',
    locale: 'zh-CN',
    loadSample: '载入示例',
    loaded: '示例已载入',
    hint: '表格可以左右滚动',
  },
] as const

for (const language of LANGUAGES) {
  test.describe(`at 720 × 800 with the export reminder, ${language.name}`, () => {
    test.use({ locale: language.locale, viewport: { width: 720, height: 800 } })

    test(`the comparison's scrollbar is above the banners and its cut columns are shown, ${language.name}`, async ({
      page,
    }) => {
      test.setTimeout(60_000)
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: language.loadSample }).click()
      await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
      await page.goto('/#/offers')
      await expect(page.getByTestId('export-reminder')).toBeVisible()
      const region = page.locator('.compare-scroll')
      // The corner, the current job and the three offers.
      await expect(region.locator('thead th')).toHaveCount(5)
      // Two frames: the box is measured as it is drawn.
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(resolve))
          }),
      )
      await region.evaluate((element) => {
        element.scrollIntoView({ block: 'start' })
      })
      const found = await region.evaluate((element, hintWords) => {
        const box = element.getBoundingClientRect()
        const notices = document.querySelector('[data-testid="notices"]')?.getBoundingClientRect()
        // The box's foot, where the sideways scrollbar is (Playwright's headless Chromium hides
        // scrollbars: the box's last pixels inside its border stand for it).
        const atBar = document.elementFromPoint(
          box.left + box.width / 2,
          box.bottom - element.clientTop - 2,
        )
        const style = getComputedStyle(element)
        const hint = document.querySelector('.compare-scroll-hint')
        return {
          sideways: element.scrollWidth > element.clientWidth + 1,
          aboveBanners: box.bottom <= (notices?.top ?? 0) + 0.5,
          barUnderMouse: atBar !== null && element.contains(atBar),
          rightShadow: style.backgroundImage.includes('gradient'),
          // The line saying so, above the box.
          hint: (hint?.textContent ?? '').includes(hintWords),
          hintAboveBox: (hint?.getBoundingClientRect().bottom ?? Infinity) <= box.top,
        }
      }, language.hint)
      expect(found).toEqual({
        sideways: true,
        aboveBanners: true,
        barUnderMouse: true,
        rightShadow: true,
        hint: true,
        hintAboveBox: true,
      })
      // Scrolled down to its last row: that row is above the banners too.
      const lastRow = await region.evaluate((element) => {
        element.scrollTop = element.scrollHeight
        const row = element.querySelector('tbody tr:last-child')?.getBoundingClientRect()
        const notices = document.querySelector('[data-testid="notices"]')?.getBoundingClientRect()
        return (row?.bottom ?? Infinity) <= (notices?.top ?? 0) + 0.5
      })
      expect(lastRow).toBe(true)
      await expectNoAxeViolations(page)

      // Where the table fits (the current job and one offer), neither line nor shadow.
      const shown = page.locator('.offer-compare .compare-shown input[type="checkbox"]')
      for (const index of [1, 2]) await shown.nth(index).uncheck()
      await expect(region.locator('thead th')).toHaveCount(3)
      await expect(page.locator('.compare-scroll-hint')).toHaveCount(0)
      await expect(region).not.toHaveClass(/overflows/)
    })
  })
}
