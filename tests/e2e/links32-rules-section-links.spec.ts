import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * A link to a section of the Rules screen (#/rules/scoring: "Change it on the Rules screen" on
 * the dashboard's tier card, the score's Why, the reports) opened the screen at its top, focus on
 * its heading and the section 2,000 px below. It now lands on the section, as the screen's table
 * of contents does: scrolled into view below the sticky bar, its heading focused. From the
 * dashboard, on a fresh start at #/rules/tiers, and with the address changed on the screen
 * itself; plain #/rules still opens at the top. English (light) and Simplified Chinese (dark),
 * axe clean.
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
    link: 'Change it on the Rules screen',
    scoring: 'Scoring',
    tiers: 'Tiers',
    cities: 'Cities and social insurance',
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
    link: '到“规则”页修改',
    scoring: '评分',
    tiers: '档位',
    cities: '城市与社保',
  },
] as const

type Words = (typeof LANGUAGES)[number]

async function addProficientSkill(page: Page, words: Words) {
  await page.getByRole('button', { name: words.addSkill }).first().click()
  await page.getByRole('combobox', { name: words.name, exact: true }).fill('vLL')
  await page.getByRole('option', { name: /^vLLM/ }).click()
  await page.getByRole('radio', { name: words.proficient }).check()
  await page.getByRole('checkbox', { name: words.production }).check()
  await page.getByRole('button', { name: words.save, exact: true }).click()
}

/** The section's heading has the focus and is in view, below the sticky bar (not under it). */
async function expectLandedOn(page: Page, heading: Locator) {
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
  const bar = await page.locator('.rules-bar').boundingBox()
  const box = await heading.boundingBox()
  expect(bar && box && box.y >= bar.y + bar.height).toBe(true)
  // Still there a moment later: nothing drawn after it (the bar's preview, the tables' hints)
  // moved it out of view or took the focus back to the screen's heading.
  await page.waitForTimeout(500)
  await expect(heading).toBeFocused()
  await expect(heading).toBeInViewport()
}

for (const words of LANGUAGES) {
  test.describe(`a link to a section of the Rules screen, ${words.locale}`, () => {
    test.use({
      locale: words.locale,
      colorScheme: words.colorScheme,
      viewport: { width: 1280, height: 800 },
    })

    test('from the tier card lands on the section of the changed rule', async ({ page }) => {
      test.setTimeout(90_000)
      await page.goto('/#/skills')
      await expect(page.getByRole('heading', { level: 1, name: words.skills })).toBeVisible()
      await addProficientSkill(page, words)

      await page.goto('/#/rules')
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await page.getByLabel(words.factor, { exact: true }).fill('0.5')
      await page.getByRole('button', { name: words.saveRules }).click()
      // Saving records the score again: slow on a loaded machine.
      await expect(page.getByText(words.saved)).toBeVisible({ timeout: 20_000 })

      await page.goto('/#/dashboard')
      const link = page.getByTestId('dashboard-tier-rules').getByRole('link', { name: words.link })
      await expect(link).toHaveAttribute('href', '#/rules/scoring')
      await link.click()
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await expectLandedOn(page, page.getByRole('heading', { level: 2, name: words.scoring }))
      await expectNoAxeViolations(page)
    })

    test('opened at #/rules/tiers lands on the tiers, and follows the address', async ({
      page,
    }) => {
      await page.goto('/#/rules/tiers')
      await expect(page.getByRole('heading', { level: 1, name: words.rules })).toBeVisible()
      await expectLandedOn(page, page.getByRole('heading', { level: 2, name: words.tiers }))
      await expectNoAxeViolations(page)

      // The address changed on the screen itself (typed, or Back and Forward).
      await page.evaluate(() => {
        window.location.hash = '#/rules/cities'
      })
      await expectLandedOn(page, page.getByRole('heading', { level: 2, name: words.cities }))
    })

    test('plain #/rules still opens at the top, its heading focused', async ({ page }) => {
      await page.goto('/#/dashboard')
      await expect(page.locator('main h1')).toBeVisible()
      await page.locator('nav').getByRole('link', { name: words.rules, exact: true }).click()
      const title = page.getByRole('heading', { level: 1, name: words.rules })
      await expect(title).toBeFocused()
      await expect(page.getByRole('heading', { level: 2, name: words.tiers })).toBeVisible()
      await expect(title).toBeInViewport()
      await expect(page.getByRole('heading', { level: 2, name: words.tiers })).not.toBeInViewport()
    })
  })
}
