import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 23 L5: a job in 香港 or Singapore started with "Taxed in mainland China" ticked, the
 * city's note only saying to untick it. A city outside mainland China, typed or pasted, now
 * unticks the box and says so; a mainland city ticks it again; a box the user set stays as set.
 */
const CASES = [
  {
    locale: 'en-US',
    city: 'City',
    taxed: 'Taxed in mainland China',
    abroad: 'Hong Kong',
    unticked:
      'Outside mainland China: “Taxed in mainland China” below is unticked, so no city’s tax figures are used. Tick it if the pay is taxed in the mainland.',
  },
  {
    locale: 'zh-CN',
    city: '城市',
    taxed: '在中国内地缴纳个税',
    abroad: '新加坡',
    unticked:
      '不在中国内地：已取消勾选下方的“在中国内地缴纳个税”，不使用任何城市的个税和社保数字。如果这份工作在中国内地纳税，请重新勾选。',
  },
] as const

for (const c of CASES) {
  test.describe(`A city outside mainland China, ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test('unticks Taxed in mainland China, and leaves a box the user set', async ({ page }) => {
      await page.goto('/#/offers/new')
      const city = page.getByLabel(c.city, { exact: true })
      const taxed = page.getByLabel(c.taxed, { exact: true })
      await expect(taxed).toBeChecked()

      await city.fill(c.abroad)
      await expect(taxed).not.toBeChecked()
      await expect(page.getByText(c.unticked, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)

      // A mainland city ticks it again.
      await city.fill('北京')
      await expect(taxed).toBeChecked()

      // Set by hand, the box stays as the user set it.
      await taxed.uncheck()
      await taxed.check()
      await city.fill('台北')
      await expect(taxed).toBeChecked()
    })
  })
}
