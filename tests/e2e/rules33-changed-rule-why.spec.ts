import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * New-user trial 32 #2, in Chromium: with a level factor changed on the Rules screen, the score's
 * Why says the changed value its figure used, with the default, and links back to the Rules
 * screen; the printed and the Markdown report list the changed rule. The words are spelled out
 * as a user reads them.
 */
const LANGUAGES = [
  {
    locale: 'en-US',
    skills: 'Skills',
    domain: 'Inference acceleration at level 3',
    addSkill: 'Add a skill',
    name: 'Name',
    proficient: /^3 Proficient/,
    production: 'Production',
    save: 'Save',
    rules: 'Rules',
    factor: /^Level 3 \(.*\): factor$/,
    saveRules: 'Save changes',
    saved: 'Saved. Your score was recorded again with these rules.',
    why: 'Why',
    uses: '“Level 3 (proficient): factor” uses your value 0.5 (Tidemark’s default: 0.75)',
    link: 'Change it on the Rules screen',
    exportMarkdown: 'Export as Markdown',
    exportPdf: 'Export as PDF',
    heading: 'Rules you changed',
    listed: 'Level 3 (proficient): factor: 0.5 (Tidemark’s default: 0.75)',
  },
  {
    locale: 'zh-CN',
    skills: '技能',
    domain: '推理加速 3 级',
    addSkill: '添加技能',
    name: '名称',
    proficient: /^3 熟练/,
    production: '生产上线',
    save: '保存',
    rules: '规则',
    factor: '3 级（熟练）：系数',
    saveRules: '保存修改',
    saved: '已保存。已按这些规则重新记录你的得分。',
    why: '依据',
    uses: '“3 级（熟练）：系数”用的是你改的值 0.5（潮位的默认值：0.75）',
    link: '到“规则”页修改',
    exportMarkdown: '导出为 Markdown',
    exportPdf: '导出为 PDF',
    heading: '你改过的规则',
    listed: '3 级（熟练）：系数：0.5（潮位的默认值：0.75）',
  },
] as const

/** The browser's print dialog, stubbed: the page printed is kept as text to read back. */
function capturePrint() {
  window.print = () => {
    const printed = document.querySelector('.report-print')
    ;(window as unknown as { printedText: string }).printedText = printed?.textContent ?? ''
  }
}

async function addProficientSkill(page: Page, words: (typeof LANGUAGES)[number]) {
  await page.getByRole('button', { name: words.addSkill }).first().click()
  await page.getByRole('combobox', { name: words.name, exact: true }).fill('vLL')
  await page.getByRole('option', { name: /^vLLM/ }).click()
  await page.getByRole('radio', { name: words.proficient }).check()
  await page.getByRole('checkbox', { name: words.production }).check()
  await page.getByRole('button', { name: words.save, exact: true }).click()
}

for (const words of LANGUAGES) {
  test.describe(`a changed rule in the Why and the report, ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1280, height: 800 } })

    test('the Why names the changed factor; the reports list it', async ({ page }) => {
      test.setTimeout(90_000)
      await page.addInitScript(capturePrint)
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
      await addProficientSkill(page, words)
      const why = page.getByRole('region', { name: words.why })
      await expect(why).toContainText(words.domain)
      // The article's rules: nothing said of changes.
      await expect(why.locator('.reason-changed')).toHaveCount(0)

      await page.goto('/#/rules')
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await page.getByLabel(words.factor, { exact: true }).fill('0.5')
      await page.getByRole('button', { name: words.saveRules }).click()
      // Saving records the score again: slow on a loaded machine.
      await expect(page.getByText(words.saved)).toBeVisible({ timeout: 20_000 })

      await page.goto('/#/skills')
      const changed = why.locator('.reason-changed')
      await expect(changed).toHaveCount(1)
      await expect(changed).toContainText(words.uses)
      await expect(changed.getByRole('link', { name: words.link })).toHaveAttribute(
        'href',
        '#/rules/scoring',
      )
      await expectNoAxeViolations(page)

      // The Markdown report lists the change.
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: words.exportMarkdown }).click()
      const markdown = await readFile(await (await download).path(), 'utf8')
      expect(markdown).toContain(`## ${words.heading}\n\n- ${words.listed}\n`)

      // So does the printed one.
      await page.getByRole('button', { name: words.exportPdf }).click()
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { printedText?: string }).printedText),
        )
        .toContain(`${words.heading}${words.listed}`)

      // The link goes to the Rules screen.
      await changed.getByRole('link', { name: words.link }).click()
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
    })
  })
}
