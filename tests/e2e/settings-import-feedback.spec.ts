import { expect, test, type Browser } from '@playwright/test'
import { chooseImportFile, EN, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * What Settings says, and where it leaves focus, when an import is refused or chosen (new-user
 * trial). In English and Simplified Chinese.
 */

async function settingsPage(browser: Browser, words: UiWords) {
  const context = await browser.newContext({ locale: words.lang === 'en' ? 'en-US' : 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/#/settings')
  await expect(page.locator('main h1')).toBeVisible()
  return page
}

const NOT_JSON = {
  en: 'The file is not complete JSON',
  'zh-CN': '该文件不是完整的 JSON',
} as const

for (const words of [EN, ZH]) {
  test(`a refused file is an alert, as on the Rules screen, ${words.lang}`, async ({ browser }) => {
    const page = await settingsPage(browser, words)
    await chooseImportFile(page, jsonFile('broken.json', '{"format": "tidemark", "vers'), words)
    await expect(page.getByRole('alert').filter({ hasText: NOT_JSON[words.lang] })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: NOT_JSON[words.lang] })).toHaveCount(0)
    await page.context().close()
  })
}
