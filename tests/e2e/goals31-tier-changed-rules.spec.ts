import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Rules33's debt, in Chromium: with a level factor changed on the Rules screen, the dashboard's
 * tier card says the score behind the tier used it, as the Why does (the value and the default),
 * and links to the Rules screen's section; with the article's rules it says nothing of rules. In
 * English (light) and in Simplified Chinese (dark), axe clean.
 */
const LANGUAGES = [
  {
    locale: 'en-US',
    colorScheme: 'light',
    skills: 'Skills',
    addSkill: 'Add a skill',
    name: 'Name',
    proficient: /^3 Proficient/,
    production: 'Production',
    save: 'Save',
    rules: 'Rules',
    factor: /^Level 3 \(.*\): factor$/,
    saveRules: 'Save changes',
    saved: 'Saved. Your score was recorded again with these rules.',
    said: 'Counted with a rule you changed: “Level 3 (proficient): factor” uses your value 0.5 (Tidemark’s default: 0.75). Change it on the Rules screen',
    link: 'Change it on the Rules screen',
  },
  {
    locale: 'zh-CN',
    colorScheme: 'dark',
    skills: '技能',
    addSkill: '添加技能',
    name: '名称',
    proficient: /^3 熟练/,
    production: '生产上线',
    save: '保存',
    rules: '规则',
    factor: '3 级（熟练）：系数',
    saveRules: '保存修改',
    saved: '已保存。已按这些规则重新记录你的得分。',
    said: '按你改过的 1 条规则计算：“3 级（熟练）：系数”用的是你改的值 0.5（潮位的默认值：0.75）。到“规则”页修改',
    link: '到“规则”页修改',
  },
] as const

async function addProficientSkill(page: Page, words: (typeof LANGUAGES)[number]) {
  await page.getByRole('button', { name: words.addSkill }).first().click()
  await page.getByRole('combobox', { name: words.name, exact: true }).fill('vLL')
  await page.getByRole('option', { name: /^vLLM/ }).click()
  await page.getByRole('radio', { name: words.proficient }).check()
  await page.getByRole('checkbox', { name: words.production }).check()
  await page.getByRole('button', { name: words.save, exact: true }).click()
}

for (const words of LANGUAGES) {
  test.describe(`the tier card under a changed rule, ${words.locale}`, () => {
    test.use({
      locale: words.locale,
      colorScheme: words.colorScheme,
      viewport: { width: 1280, height: 800 },
    })

    test('names the changed factor and links to the Rules screen', async ({ page }) => {
      test.setTimeout(90_000)
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
      await addProficientSkill(page, words)

      await page.goto('/#/dashboard')
      const card = page.getByTestId('dashboard-tier')
      await expect(card).toBeVisible()
      // The article's rules: nothing said of changes.
      await expect(card.getByTestId('dashboard-tier-rules')).toHaveCount(0)

      await page.goto('/#/rules')
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await page.getByLabel(words.factor, { exact: true }).fill('0.5')
      await page.getByRole('button', { name: words.saveRules }).click()
      // Saving records the score again: slow on a loaded machine.
      await expect(page.getByText(words.saved)).toBeVisible({ timeout: 20_000 })

      await page.goto('/#/dashboard')
      const note = card.getByTestId('dashboard-tier-rules')
      await expect(note).toHaveText(words.said)
      const link = note.getByRole('link', { name: words.link })
      await expect(link).toHaveAttribute('href', '#/rules/scoring')
      await expectNoAxeViolations(page)

      await link.click()
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
    })
  })
}
