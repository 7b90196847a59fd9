import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile, ZH } from './data-helpers'

/** The focused row's top and bottom in the window, and the window's height. */
const focusedInWindow = (page: Page) =>
  page.evaluate(() => {
    const row = document.activeElement?.closest('li.timeline-row')
    if (!row) return null
    const box = row.getBoundingClientRect()
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), height: innerHeight }
  })

for (const words of [EN, ZH]) {
  test.describe(words.lang, () => {
    test.use({ locale: words.lang, viewport: { width: 1366, height: 768 } })

    /**
     * New-user trial: Tab to the first entry, ArrowDown 4 times, and the focused entry was below
     * the window (y 968-1080 of 768): the list's box runs past the window's foot, and the keys
     * scrolled only the list. Each entry the keys move to is in the window.
     */
    test('the entry the arrow keys move to stays in the window', async ({ page }) => {
      await page.goto('/#/settings')
      await importThroughUi(
        page,
        jsonFile('journal-60.json', generateExport(60, 5).text),
        'merge',
        words,
      )
      await page.goto('/#/journal')
      await expect(page.getByTestId('journal-count')).toHaveText(words.entries(60))
      const first = page.locator('li.timeline-row').first()
      await expect(first).toHaveAttribute('tabindex', '0')
      // Tab from the journal's heading to the list, as the user did.
      await page.locator('#section-title').focus()
      for (
        let step = 0;
        step < 40 && !(await first.evaluate((row) => row === document.activeElement));
        step++
      ) {
        await page.keyboard.press('Tab')
      }
      await expect(first).toBeFocused()
      for (let step = 1; step <= 8; step++) {
        await page.keyboard.press('ArrowDown')
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')))
          .toBe(String(step + 1))
        const place = await focusedInWindow(page)
        expect(place, `after ${String(step)} ArrowDown`).not.toBeNull()
        expect(place?.top ?? -1).toBeGreaterThanOrEqual(0)
        expect(place?.bottom ?? Infinity).toBeLessThanOrEqual(place?.height ?? 0)
      }
      await page.screenshot({ path: `/tmp/journal21/keys-${words.lang}.png` })

      // Enter opens the entry at the page's top, the app's header whole (it was cut off by 18 px).
      await page.keyboard.press('Enter')
      await expect(page.locator('.je-page h2')).toBeFocused()
      await expect
        .poll(() => page.evaluate(() => document.getElementById('root')?.scrollTop))
        .toBe(0)
      const header = await page.locator('.app-header').boundingBox()
      expect(header?.y).toBe(0)
      // Its links in the app's colour, not the browser's blue.
      const colours = await page.evaluate(() => {
        const accent = document.createElement('span')
        accent.style.color = 'var(--accent)'
        document.body.append(accent)
        const colour = getComputedStyle(accent).color
        accent.remove()
        const back = document.querySelector('.je-back')
        return { accent: colour, back: back ? getComputedStyle(back).color : '' }
      })
      expect(colours.back).toBe(colours.accent)
      await page.screenshot({ path: `/tmp/journal21/entry-${words.lang}.png` })
    })
  })
}
