import { expect, test, type Page } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Session 28's look (Look 31, Low): with four offers the comparison scrolls sideways at 1280 px,
 * and Tab to the last offer's name or "Why" left it cut at the table's edge: Chromium scrolls a
 * focused control into view only when less than 32 px of it shows, and these showed more. Each
 * control the keyboard reaches in the table, forward and back, now shows whole with its focus
 * ring, clear of the row names kept in view at the left (which, at 720 px, hid the next row's
 * first "Why").
 */
const CASES = [
  { words: EN, locale: 'en-US', why: 'Why' },
  { words: ZH, locale: 'zh-CN', why: '原因' },
] as const

/** Where the focused control lies against the room it may be seen in; null once out of the table. */
function focusedPlace(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement
    const region = document.querySelector<HTMLElement>('.compare-scroll')
    if (!region || focused === region || !region.contains(focused)) return null
    const rowName = focused
      .closest('tr')
      ?.querySelector('th[scope="row"], .compare-corner') as HTMLElement
    const style = getComputedStyle(focused)
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const own = focused.getBoundingClientRect()
    const box = region.getBoundingClientRect()
    return {
      name: `${focused.tagName} "${focused.textContent.slice(0, 16)}"`,
      // Past the row names on the left, past the region's edge on the right (px; > 0 is cut).
      underRowNames: rowName.getBoundingClientRect().right - (own.left - ring),
      pastEdge: own.right + ring - (box.left + region.clientLeft + region.clientWidth),
    }
  })
}

for (const c of CASES) {
  test.describe(`the comparison by keyboard, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 900 } })

    test('with four offers at 1280 and 720 px, each control Tab reaches in the table shows whole', async ({
      page,
    }) => {
      test.setTimeout(150_000)
      await page.goto('/#/settings')
      const words: UiWords = c.words
      const file = profileExport({ skills: 0, offers: 4 })
      await importThroughUi(page, jsonFile('four-offers.json', file), 'replace', words)

      // At 720 px the table scrolls further: going on to the next row, its first offer's "Why"
      // stayed under the row names (Tab, en) and going back the same (Shift+Tab, zh-CN).
      for (const width of [1280, 720]) {
        await page.setViewportSize({ width, height: 900 })
        await page.goto('/#/offers')
        const at = `${String(width)} px`
        const region = page.locator('.compare-scroll')
        await expect(region.locator('thead th')).toHaveCount(6)
        const [scrollWidth, clientWidth] = await region.evaluate((element) => [
          element.scrollWidth,
          element.clientWidth,
        ])
        expect(scrollWidth, `the table scrolls sideways at ${at}`).toBeGreaterThan(clientWidth)
        await expect(region.locator('.compare-why > summary').last()).toHaveText(c.why)

        await region.evaluate((element) => {
          element.scrollLeft = 0
        })
        await region.focus()
        const cut: string[] = []
        let reached = 0
        for (const key of ['Tab', 'Shift+Tab']) {
          if (key === 'Shift+Tab') await page.keyboard.press('Shift+Tab')
          for (let step = 0; step < 80; step += 1) {
            await page.keyboard.press(key)
            const place = await focusedPlace(page)
            if (place === null) break
            reached += 1
            if (place.underRowNames > 0.5 || place.pastEdge > 0.5)
              cut.push(`${key} ${place.name}: ${JSON.stringify(place)}`)
          }
        }
        expect(reached, `controls reached in the table at ${at}`).toBeGreaterThanOrEqual(20)
        expect(cut, `controls cut when focused at ${at}`).toEqual([])
      }

      await page.setViewportSize({ width: 1280, height: 900 })
      await expectNoAxeViolations(page)
      await page.emulateMedia({ colorScheme: 'dark' })
      await expectNoAxeViolations(page)
    })
  })
}
