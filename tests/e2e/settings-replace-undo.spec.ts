import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import {
  chooseImportFile,
  confirmStep,
  downloadExport,
  EN,
  jsonFile,
  resultTable,
  ZH,
} from './data-helpers'

/**
 * Replace everything in browser mode, where no backup is made (new-user trial, high: one click
 * removed 4 skills, 3 offers, 11 entries and 3 goals for good). The choice names what is
 * stored now and will be removed; the replace keeps that data in the window, and Undo puts it
 * back exactly: an export before the replace equals one after the undo, apart from its date.
 */

const SAMPLE = { en: 'Load the sample', 'zh-CN': '载入示例' } as const
const LOADED = { en: 'The sample is loaded', 'zh-CN': '示例已载入' } as const
const WORDS = {
  en: {
    removes: /^Stored now, and removed by Replace: .*Journal (\d+).*Browser mode makes no backups/,
    undo: 'Undo the replace',
    undone: 'Undone: your data is as it was before the replace.',
  },
  'zh-CN': {
    removes: /^现在存储的以下数据会被“全部替换”删除：.*日志 (\d+).*浏览器模式不会自动备份/,
    undo: '撤销替换',
    undone: '已撤销：数据已恢复到替换之前的样子。',
  },
} as const

/** The export without its date: what must be equal before the replace and after the undo. */
const withoutDate = (text: string) => text.replace(/"exportedAt":\s*"[^"]*"/, '')

/** The stored time of the last export (the reminder's), read from IndexedDB as the app keeps it. */
const lastExportAt = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('tidemark')
        open.onerror = () => {
          reject(new Error('no database'))
        }
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('lastExportAt')
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value ?? null)
            open.result.close()
          }
        }
      }),
  )

for (const words of [EN, ZH]) {
  test(`Replace names what it removes, and Undo puts it back exactly, ${words.lang}`, async ({
    browser,
  }) => {
    test.slow()
    const said = WORDS[words.lang]
    const context = await browser.newContext({
      locale: words.lang === 'en' ? 'en-US' : 'zh-CN',
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: SAMPLE[words.lang] }).click()
    await expect(page.getByText(LOADED[words.lang])).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/settings')
    await expect(page.locator('main h1')).toBeVisible()
    const before = await downloadExport(page, words)
    const journalBefore = (JSON.parse(before.text) as { data: { journal: unknown[] } }).data.journal
      .length

    await chooseImportFile(page, jsonFile('two.json', generateExport(2, 7).text), words)
    const confirm = confirmStep(page, words)
    await expect(confirm).toBeVisible()
    const removes = confirm.getByTestId('replace-removes')
    await expect(removes).toHaveText(said.removes)
    expect(said.removes.exec((await removes.textContent()) ?? '')?.[1]).toBe(String(journalBefore))
    const exportedBefore = await lastExportAt(page)
    expect(exportedBefore).not.toBeNull()
    await confirm.getByRole('button', { name: words.replace }).click()
    await expect(resultTable(page, words)).toBeVisible()
    // The replace counts as an export (the user holds the file the data now is)…
    await expect.poll(() => lastExportAt(page)).not.toBe(exportedBefore)

    await page.getByRole('button', { name: said.undo }).click()
    await expect(page.getByRole('status').filter({ hasText: said.undone })).toBeVisible()
    await expect(page.getByRole('button', { name: words.importFile })).toBeFocused()
    await expect(page.getByRole('button', { name: said.undo })).toHaveCount(0)
    // …and the undo takes that back: the data put back was last exported when it was before.
    expect(await lastExportAt(page)).toBe(exportedBefore)
    const after = await downloadExport(page, words)
    expect(withoutDate(after.text)).toBe(withoutDate(before.text))
    await context.close()
  })
}
