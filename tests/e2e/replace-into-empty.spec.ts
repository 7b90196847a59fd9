import { expect, test } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { chooseImportFile, confirmStep, EN, jsonFile, resultTable, ZH } from './data-helpers'

/**
 * Trial 18 L10: a replace into an empty database (a first start, a new machine) offered "Undo
 * the replace" and "Save the earlier data as a file…", though there was no earlier data. With
 * nothing stored, the replace keeps nothing and offers neither.
 */
const UNDO = { en: 'Undo the replace', 'zh-CN': '撤销替换' } as const

for (const words of [EN, ZH]) {
  test(`a replace into an empty database offers no undo, ${words.lang}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: words.lang === 'en' ? 'en-US' : 'zh-CN' })
    const page = await context.newPage()
    await page.goto('/#/settings')
    await expect(page.locator('main h1')).toBeVisible()
    await chooseImportFile(page, jsonFile('two.json', generateExport(2, 7).text), words)
    const confirm = confirmStep(page, words)
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: words.replace }).click()
    await expect(resultTable(page, words)).toBeVisible()
    await expect(page.getByRole('button', { name: UNDO[words.lang] })).toHaveCount(0)
    await context.close()
  })
}
