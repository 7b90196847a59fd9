import { expect, test } from '@playwright/test'

/**
 * Settings says that the browser may clear the data (headless Chromium has not promised to keep
 * it); it now says what to do about it, and does it: "Export now" runs the export below
 * (new-user trial: the warning suggested nothing). In English and Simplified Chinese.
 */

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    hint: 'export your data now and then',
    exportNow: 'Export now',
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    hint: '请不时导出一份副本',
    exportNow: '立即导出',
  },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const language of LANGUAGES) {
  test(`beside "may clear it", a way to export, ${language.name}`, async ({ page }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.goto('/#/settings')
    await expect(page.locator('main h1')).toBeVisible()
    const hint = page.getByTestId('storage-export-hint')
    await expect(hint).toContainText(language.hint)
    const download = page.waitForEvent('download')
    await hint.getByRole('button', { name: language.exportNow }).click()
    expect((await download).suggestedFilename()).toMatch(/\.json$/)
    // Announced where the export shows its outcome; the focus stays where the user is.
    await expect(page.getByRole('status').filter({ hasText: /\.json/ })).toBeVisible()
    await expect(hint.getByRole('button')).toBeFocused()
  })
}
