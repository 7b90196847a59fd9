import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * A search's marks in the journal's rows are legible in both themes: in dark mode the excerpt's
 * muted grey on the marks' dark yellow was 3.6:1 (axe color-contrast, new-user trial 17). The
 * sample's interview entry has "推理" in its title and its text, so both are marked.
 */
for (const colorScheme of ['dark', 'light'] as const) {
  test(`search marks pass axe in the ${colorScheme} theme, zh-CN`, async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN', colorScheme })
    const page = await context.newPage()
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: '载入示例' }).click()
    await expect(page.getByText('示例已载入')).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/journal')
    await page.getByRole('searchbox', { name: '搜索日志' }).fill('推理')
    const excerptMark = page.locator('.timeline-excerpt mark').first()
    await expect(excerptMark).toBeVisible({ timeout: 15_000 })
    await expectNoAxeViolations(page)
    await context.close()
  })
}
