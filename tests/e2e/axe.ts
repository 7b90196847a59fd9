import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Every axe rule, every impact. Screens load lazily, so the page is judged once the screen
 * (and its level-one heading) has replaced the loading line, never the fallback in between.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible()
  // axe judges colours as painted: a banner fading in (0.2 s) has part of its contrast, and was
  // reported so under load. Finite animations on the document's timeline end first; scroll-driven
  // ones (the notices box) never finish and are left alone.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) =>
            animation.timeline === document.timeline &&
            Number.isFinite(Number(animation.effect?.getComputedTiming().endTime ?? Infinity)),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  )
  const results = await new AxeBuilder({ page }).analyze()
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([])
}
