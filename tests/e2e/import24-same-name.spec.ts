import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  confirmStep,
  downloadExport,
  EN,
  jsonFile,
  ZH,
  chooseImportFile,
  type UiWords,
} from './data-helpers'

/**
 * Trial 19 #5: the same skills, offers and entries typed on two computers, then one's export
 * merged into the other, came out twice each, and the import said only "17 added", before and
 * after. The confirm step says so before the choice: how many records of each table the merge
 * keeps beside one of the same name here. Typed apart is played by the sample with every id
 * changed (the sample's ids are fixed, so the sample loaded twice is the same records).
 */

const SAMPLE = { en: 'Load the sample', 'zh-CN': '载入示例' } as const
const LOADED = { en: 'The sample is loaded', 'zh-CN': '示例已载入' } as const
const WARNING = {
  en: (skills: number) =>
    new RegExp(
      `^In the file, ${String(skills)} skills, .* have the same names as ones on this computer .*merging keeps both copies of each`,
    ),
  'zh-CN': (skills: number) =>
    new RegExp(`^文件中有 ${String(skills)} 项技能、.*与本机已有的同名.*两份都会保留`),
} as const

async function withSample(browser: Browser, words: UiWords): Promise<Page> {
  const context = await browser.newContext({ locale: words.lang === 'en' ? 'en-US' : 'zh-CN' })
  const page = await context.newPage()
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: SAMPLE[words.lang] }).click()
  await expect(page.getByText(LOADED[words.lang])).toBeVisible({ timeout: 20_000 })
  await page.goto('/#/settings')
  await expect(page.locator('main h1')).toBeVisible()
  return page
}

for (const words of [EN, ZH]) {
  test(`a merge that would keep records of the same name twice says so before the choice, ${words.lang}`, async ({
    browser,
  }) => {
    test.slow()
    const page = await withSample(browser, words)
    const exported = await downloadExport(page, words)
    const skills = (JSON.parse(exported.text) as { data: { skills: unknown[] } }).data.skills.length
    expect(skills).toBeGreaterThan(1)

    // The same file again: the same records (ids), nothing to warn of.
    await chooseImportFile(page, jsonFile(exported.name, exported.text), words)
    await expect(confirmStep(page, words)).toBeVisible({ timeout: 30_000 })
    await expect(page.getByTestId('same-name')).toHaveCount(0)
    await confirmStep(page, words).getByRole('button', { name: words.cancel }).click()

    // The same records typed on another computer: each with its own id.
    const typedApart = exported.text.replaceAll('"sample-', '"other-')
    await chooseImportFile(page, jsonFile('other-computer.json', typedApart), words)
    const confirm = confirmStep(page, words)
    await expect(confirm).toBeVisible({ timeout: 30_000 })
    const warning = confirm.getByTestId('same-name')
    await expect(warning).toHaveText(WARNING[words.lang](skills))
    // Merge has the focus, and is described by the warning; Replace is still there to choose.
    const merge = confirm.getByRole('button', { name: words.merge })
    await expect(merge).toBeFocused()
    await expect(merge).toHaveAccessibleDescription(WARNING[words.lang](skills))
    await expect(confirm.getByRole('button', { name: words.replace })).toBeEnabled()
    await page.screenshot({
      path: test.info().outputPath(`import24-same-name-${words.lang}.png`),
      fullPage: true,
    })
    await page.context().close()
  })
}
