import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Every axe rule, every impact. Screens load lazily, so the page is judged once the screen
 * (and its level-one heading) has replaced the loading line, never the fallback in between.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}
