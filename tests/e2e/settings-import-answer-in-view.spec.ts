import { expect, test } from '@playwright/test'
import { chooseImportFile, EN, jsonFile, ZH } from './data-helpers'

/**
 * New-user trial 22 #3: at 1280 × 800 the import button sits at the window's foot, and a refused
 * file's alert was drawn below it, out of view: the page looked unchanged, as if nothing had
 * happened. Also #5: an empty file was "not valid JSON, perhaps cut short".
 */
const EMPTY = {
  en: 'The file is empty. Nothing was changed.',
  'zh-CN': '文件是空的。没有任何数据被改动。',
} as const

for (const words of [EN, ZH]) {
  test(`a refused file's alert is brought into view, ${words.lang}`, async ({ browser }) => {
    const context = await browser.newContext({
      locale: words.lang === 'en' ? 'en-US' : 'zh-CN',
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await page.goto('/#/settings')
    await expect(page.locator('main h1')).toBeVisible()
    const importButton = page.getByRole('button', { name: words.importFile })
    await importButton.scrollIntoViewIfNeeded()
    // As the trial saw it: the button at the window's foot, the page scrolled no further.
    await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((each) =>
        /Import a file|导入文件/.test(each.textContent),
      )
      if (!button) throw new Error('no import button')
      window.scrollBy(0, button.getBoundingClientRect().bottom - window.innerHeight)
      await new Promise((done) => requestAnimationFrame(done))
    })
    await chooseImportFile(page, jsonFile('empty.json', ''), words)
    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(EMPTY[words.lang])
    await expect(alert).toBeInViewport({ ratio: 1 })
    // Focus stays on the button, which is still in view.
    await expect(importButton).toBeFocused()
    await expect(importButton).toBeInViewport()
    await page.screenshot({ path: test.info().outputPath('answer-in-view.png') })
    await context.close()
  })
}
