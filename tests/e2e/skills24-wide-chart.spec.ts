import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 18 M5: at 2560 px the Skills screen's score chart stayed ~690 px wide (two fifths of the
 * screen's column) for 267 days, while the forms' column beside it had ~1,100 px. From 1800 px
 * the two columns share the width; below, the layout is as before. Checked in both languages.
 */

const LANGUAGES = [
  { name: 'en', languages: ['en-US', 'en'], loadSample: 'Load the sample' },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], loadSample: '载入示例' },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

async function skillsWithSample(
  browser: import('@playwright/test').Browser,
  language: (typeof LANGUAGES)[number],
  width: number,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 1200 } })
  await context.addInitScript(overrideLanguages, language.languages)
  const page = await context.newPage()
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: language.loadSample }).click()
  await page.goto('/#/skills')
  await page.locator('.skills-result svg.recharts-surface').last().waitFor({ timeout: 20_000 })
  return page
}

async function width(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).last().boundingBox()
  if (!box) throw new Error(`${selector} is laid out`)
  return box.width
}

for (const language of LANGUAGES) {
  test(`at 2560 px the score chart takes half the screen's column, ${language.name}`, async ({
    browser,
  }) => {
    test.setTimeout(60_000)
    const page = await skillsWithSample(browser, language, 2560)
    const forms = await width(page, '.skills-forms')
    const result = await width(page, '.skills-result')
    expect(Math.abs(forms - result)).toBeLessThan(2)
    // The chart is the last drawing in the answer's column (the domains' is above it).
    expect(await width(page, '.skills-result svg.recharts-surface')).toBeGreaterThan(850)
    await expectNoAxeViolations(page)
  })

  test(`at 1440 px the columns stay three fifths and two, ${language.name}`, async ({
    browser,
  }) => {
    test.setTimeout(60_000)
    const page = await skillsWithSample(browser, language, 1440)
    const forms = await width(page, '.skills-forms')
    const result = await width(page, '.skills-result')
    expect(result / forms).toBeCloseTo(2 / 3, 1)
  })
}
