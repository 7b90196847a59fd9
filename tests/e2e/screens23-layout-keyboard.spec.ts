import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Four trial findings, in a real Chromium, in English and Simplified Chinese:
 * - the banners at the window's foot stop where the main column's content does at 1920 and
 *   2560 px (they stopped at ~1,450 px beside cards that ran on);
 * - the Skills screen's score chart is reached by two Tabs and Enter from the heading (a skip
 *   link), not after every skill's buttons and every reason's Source;
 * - ticking a skill in a journal entry leaves the next Tab on the next skill; the ticked skills'
 *   evidence selects follow the boxes;
 * - the domains chart names "AI 产品经理" as the skill form does.
 */

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    toChart: 'Skip to your score over time',
    chart: 'Chart: your score over time',
    evidenceOf: (skill: string) => `Evidence of ${skill}`,
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    loadSample: '载入示例',
    toChart: '跳到溢价分走势',
    chart: '图表：溢价分走势',
    evidenceOf: (skill: string) => `作为“${skill}”的证据`,
  },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

async function withSample(
  browser: import('@playwright/test').Browser,
  language: (typeof LANGUAGES)[number],
  width: number,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  await context.addInitScript(overrideLanguages, language.languages)
  const page = await context.newPage()
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: language.loadSample }).click()
  return page
}

/** The left and right edges of the first element `selector` finds. */
async function edges(page: Page, selector: string): Promise<[number, number]> {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) throw new Error(`${selector} is laid out`)
  return [Math.round(box.x), Math.round(box.x + box.width)]
}

for (const language of LANGUAGES) {
  for (const width of [1920, 2560]) {
    test(`the export reminder lines up with the dashboard's cards, ${language.name} ${String(width)} px`, async ({
      browser,
    }) => {
      test.setTimeout(60_000)
      const page = await withSample(browser, language, width)
      await expect(page.getByTestId('export-reminder')).toBeVisible({ timeout: 20_000 })
      expect(await edges(page, '[data-testid="export-reminder"]')).toEqual(
        await edges(page, '.dash-grid'),
      )
    })
  }

  test(`the score chart is two Tabs and Enter from the Skills heading, ${language.name}`, async ({
    browser,
  }) => {
    test.setTimeout(60_000)
    const page = await withSample(browser, language, 1280)
    await page.goto('/#/skills')
    const chart = page.getByRole('application', { name: language.chart })
    await expect(chart).toBeVisible({ timeout: 20_000 })
    await page.locator('main h1').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: language.toChart })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Enter')
    await expect(chart).toBeFocused()
    await expect(chart).toBeInViewport()
  })

  test(`ticking a skill leaves the next Tab on the next skill, ${language.name}`, async ({
    browser,
  }) => {
    test.setTimeout(60_000)
    const page = await withSample(browser, language, 1280)
    await page.goto('/#/journal/new')
    const boxes = page.locator('.je-skills input[type="checkbox"]')
    await expect(boxes.nth(1)).toBeVisible({ timeout: 20_000 })
    await boxes.nth(0).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await expect(boxes.nth(1)).toBeFocused()
    const first = (await boxes.nth(0).locator('xpath=..').textContent()) ?? ''
    await expect(page.getByLabel(language.evidenceOf(first.trim()))).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('the domains chart names AI product management as the skill form does (zh-CN)', async ({
  browser,
}) => {
  test.setTimeout(60_000)
  const page = await withSample(browser, LANGUAGES[1], 1280)
  await page.goto('/#/skills')
  const axis = page.locator('.recharts-yAxis-tick-labels')
  await expect(axis.getByText('AI 产品经理', { exact: true })).toBeVisible({ timeout: 20_000 })
  await expect(axis.getByText('AI 架构师', { exact: true })).toBeVisible()
})
