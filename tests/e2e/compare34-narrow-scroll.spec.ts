import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 34 M3: at 720 px the comparison showed the current job and one offer, the other cut
 * off, and its sideways scrollbar sat at the foot of a table ~1,700 px tall, out of sight. Below
 * 1024 px the table now scrolls inside a box no taller than the window, its column heads kept in
 * view as it scrolls, its row names narrower; the ☆ of the startup the verdict declines is named.
 */
const LANGUAGES = [
  { name: 'en', locale: 'en-US', loadSample: 'Load the sample', loaded: 'The sample is loaded' },
  { name: 'zh-CN', locale: 'zh-CN', loadSample: '载入示例', loaded: '示例已载入' },
] as const

for (const language of LANGUAGES) {
  test.describe(`at 720 px, ${language.name}`, () => {
    test.use({ locale: language.locale, viewport: { width: 720, height: 900 } })

    test(`the comparison's sideways scrollbar is on screen, its heads in view, ${language.name}`, async ({
      page,
    }) => {
      test.setTimeout(60_000)
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: language.loadSample }).click()
      await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
      await page.goto('/#/offers')
      const region = page.locator('.compare-scroll')
      await expect(region.locator('thead th')).toHaveCount(5)
      await region.evaluate((element) => {
        element.scrollIntoView({ block: 'start' })
      })
      const found = await region.evaluate((element) => {
        const box = element.getBoundingClientRect()
        const rowName = element.querySelector('th[scope="row"]')?.getBoundingClientRect().width
        element.scrollTop = 400
        const head = element.querySelector('thead th:last-child')?.getBoundingClientRect().top
        return {
          sideways: element.scrollWidth > element.clientWidth,
          // The sideways scrollbar at the box's foot, inside the window.
          footOnScreen: box.bottom <= window.innerHeight,
          headAtTop: Math.abs((head ?? -1000) - box.top - element.clientTop) < 1,
          rowNameNarrow: (rowName ?? 1000) <= 7.5 * 16 + 1,
        }
      })
      expect(found).toEqual({
        sideways: true,
        footOnScreen: true,
        headAtTop: true,
        rowNameNarrow: true,
      })
      await expectNoAxeViolations(page)
    })
  })
}
