import { expect, test } from '@playwright/test'

/**
 * A keyboard user exports everything from Settings: the button is disabled while the export
 * runs, which drops focus to the page's body in Chromium, and the next Tab went to "Skip to
 * content" (new-user trial). Once it is done, focus is back on the button. In English and
 * Simplified Chinese.
 */

const LANGUAGES = [
  { name: 'en', languages: ['en-US', 'en'], exportAll: 'Export all data…', saved: 'Saved' },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], exportAll: '导出全部数据…', saved: '已保存' },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const language of LANGUAGES) {
  test(`after "Export all data…", focus is back on its button, ${language.name}`, async ({
    page,
  }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.goto('/#/settings')
    await expect(page.locator('main h1')).toBeVisible()
    const button = page.getByRole('button', { name: language.exportAll, exact: true })
    await button.focus()
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    expect((await download).suggestedFilename()).toMatch(/\.json$/)
    await expect(
      page.getByRole('status').filter({ hasText: new RegExp(`${language.saved}.*\\.json`) }),
    ).toBeVisible()
    await expect(button).toBeEnabled()
    await expect(button).toBeFocused()
  })
}
