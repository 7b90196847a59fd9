import { expect, test, type Browser } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import {
  chooseImportFile,
  confirmStep,
  EN,
  jsonFile,
  resultTable,
  ZH,
  type UiWords,
} from './data-helpers'

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
  en: 'The file is not valid JSON',
  'zh-CN': '文件不是有效的 JSON',
} as const

for (const words of [EN, ZH]) {
  test(`a refused file is an alert, as on the Rules screen, ${words.lang}`, async ({ browser }) => {
    const page = await settingsPage(browser, words)
    await chooseImportFile(page, jsonFile('broken.json', '{"format": "tidemark", "vers'), words)
    await expect(page.getByRole('alert').filter({ hasText: NOT_JSON[words.lang] })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: NOT_JSON[words.lang] })).toHaveCount(0)
    await page.context().close()
  })

  // New-user trial: the import button is disabled while the file is checked; after a refusal
  // the keyboard was left on the page's body.
  test(`a refused file gives focus back to Import, ${words.lang}`, async ({ browser }) => {
    const page = await settingsPage(browser, words)
    const importButton = page.getByRole('button', { name: words.importFile })
    const refused = [
      jsonFile('truncated.json', '{"format": "tidemark", "vers'),
      jsonFile('empty.json', ''),
      jsonFile('schema.json', JSON.stringify({ format: 'tidemark', version: 'one' })),
    ]
    for (const file of refused) {
      // Drawn afresh for each file, so no earlier alert stands for this one.
      await page.reload()
      await expect(page.getByRole('alert')).toHaveCount(0)
      await chooseImportFile(page, file, words)
      await expect(page.getByRole('alert')).toBeVisible()
      await expect(importButton).toBeEnabled()
      await expect(importButton).toBeFocused()
    }
    await page.context().close()
  })
}

const SUMMARY = {
  en: 'Merged “three.json”, 3 records: 3 added.',
  'zh-CN': '已合并“three.json”，共 3 条记录：新增 3 条。',
} as const
const AGAIN = {
  en: 'Merged “three.json”, 3 records: 3 unchanged.',
  'zh-CN': '已合并“three.json”，共 3 条记录：未变 3 条。',
} as const

for (const words of [EN, ZH]) {
  test(`Cancel and a finished import give focus back to Import, and the result is said, ${words.lang}`, async ({
    browser,
  }) => {
    const page = await settingsPage(browser, words)
    const importButton = page.getByRole('button', { name: words.importFile })
    const file = jsonFile('three.json', generateExport(3, 5).text)

    await chooseImportFile(page, file, words)
    await confirmStep(page, words).getByRole('button', { name: words.cancel }).click()
    await expect(confirmStep(page, words)).toHaveCount(0)
    await expect(importButton).toBeFocused()

    await chooseImportFile(page, file, words)
    await confirmStep(page, words).getByRole('button', { name: words.merge }).click()
    await expect(resultTable(page, words)).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: SUMMARY[words.lang] })).toBeVisible()
    await expect(importButton).toBeFocused()

    // The same file again: nothing of it differs from what is stored, and the result says so.
    await chooseImportFile(page, file, words)
    await confirmStep(page, words).getByRole('button', { name: words.merge }).click()
    await expect(page.getByRole('status').filter({ hasText: AGAIN[words.lang] })).toBeVisible()
    await page.context().close()
  })
}

test('changing the language keeps focus on the language list, both ways', async ({ browser }) => {
  const page = await settingsPage(browser, EN)
  const english = page.getByRole('combobox', { name: 'Language' })
  await english.focus()
  await english.selectOption('zh-CN')
  await expect(page.locator('main h1')).toHaveText('设置')
  const chinese = page.getByRole('combobox', { name: '语言' })
  await expect(chinese).toBeFocused()
  await page.waitForTimeout(300)
  await expect(chinese).toBeFocused()
  await chinese.selectOption('en')
  await expect(page.locator('main h1')).toHaveText('Settings')
  await expect(english).toBeFocused()
  await page.waitForTimeout(300)
  await expect(english).toBeFocused()
  await page.context().close()
})

const RULES_FILE = {
  en: 'This is a rules file, not a Tidemark data export, so nothing was changed. Rules files are imported on the Rules screen: Rules › Import changes…',
  'zh-CN':
    '这是规则文件，不是潮位的数据导出文件，因此没有改动任何数据。规则文件请在“规则”页面导入：规则 › 导入修改…',
} as const

for (const words of [EN, ZH]) {
  test(`a rules file imported in Settings is sent to the Rules screen, ${words.lang}`, async ({
    browser,
  }) => {
    const page = await settingsPage(browser, words)
    const rules = JSON.stringify(
      { format: 'tidemark-ruleset-overrides', version: 1, overrides: {} },
      null,
      2,
    )
    await chooseImportFile(page, jsonFile('rules.json', rules), words)
    await expect(page.getByRole('alert')).toHaveText(RULES_FILE[words.lang])
    await page.context().close()
  })
}
