import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 20 #5: the comparison starred figures row by row and gave each offer a verdict, but never
 * said which offer it would take. The sample's three offers (a big platform and an EV maker the
 * rules accept, an LLM startup to decline): the answer sits above the table, names the EV maker
 * by company and role (review 26 M3) and the figure that decided, and its Why opens by keyboard
 * to the rule and the article's sentence. Hiding offers changes the answer, down to "none: stay"
 * with the startup alone.
 */
const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
    title: 'Which offer to take',
    pick: 'An EV maker · LLM algorithm engineer',
    decided:
      'The rules accept both it and A big platform · LLM algorithm engineer; its risk-adjusted value,',
    second: 'A big platform · LLM algorithm engineer',
    stay: 'None of them: stay where you are for now',
    why: 'Why this pick',
    scheme: 'dark' as const,
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    loadSample: '载入示例',
    loaded: '示例已载入',
    title: '选哪个 offer',
    pick: '某造车新势力 · 大模型算法工程师',
    decided: '规则对它和某大厂 · 大模型算法工程师都建议接受；它 24 个月的风险调整后价值为',
    second: '某大厂 · 大模型算法工程师',
    stay: '都不选：暂时留在现在的岗位',
    why: '为什么选它',
    scheme: 'light' as const,
  },
]

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const language of LANGUAGES) {
  test(`the comparison says which offer to take, ${language.name}`, async ({ page }) => {
    test.setTimeout(60_000)
    await page.addInitScript(overrideLanguages, language.languages)
    await page.emulateMedia({ colorScheme: language.scheme })
    await page.setViewportSize({ width: 1024, height: 900 })
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/offers')
    const pick = page.getByRole('region', { name: language.title })
    await expect(pick.locator('.offer-pick-headline')).toHaveText(language.pick)
    await expect(pick).toContainText(language.decided)
    // Above the table it rests on.
    const [pickBottom, tableTop] = await Promise.all([
      pick.evaluate((element) => element.getBoundingClientRect().bottom),
      page.locator('.compare-scroll').evaluate((element) => element.getBoundingClientRect().top),
    ])
    expect(pickBottom).toBeLessThan(tableTop)

    // Its Why opens from the keyboard, to the rule and its source.
    const summary = pick.locator('summary').first()
    await summary.focus()
    await expect(summary).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(pick.getByRole('list', { name: language.why })).toBeVisible()
    await expectNoAxeViolations(page)

    // Hiding offers changes the answer: the EV maker hidden, the platform; the platform hidden
    // too, the startup alone, to decline: staying is the answer.
    const shown = page.locator('.offer-compare .compare-shown input[type="checkbox"]')
    await shown.nth(1).uncheck()
    await expect(pick.locator('.offer-pick-headline')).toHaveText(language.second)
    await shown.nth(0).uncheck()
    await expect(pick.locator('.offer-pick-headline')).toHaveText(language.stay)
  })
}
