import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * Every axe rule, every impact. Screens load lazily, so the page is judged once the screen
 * (and its level-one heading) has replaced the loading line, never the fallback in between.
 *
 * axe judges colours as painted, so a banner caught while it fades in (0.2 s, banners.css) has
 * part of its contrast and is reported. Waiting for the animations running when axe starts is
 * not enough: the banners come after the first paint, once their module and their queries have
 * answered, and under load one arrived after that wait and faded in while axe ran (journal.spec
 * en-US, after a reload). So axe runs with reduced motion, which the banners honour: whenever
 * one comes, it is drawn in its final colours at once.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible()
  const reduced = await page.evaluate(
    () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  )
  await page.emulateMedia({ reducedMotion: 'reduce' })
  try {
    // Finite animations that do not honour reduced motion end first; scroll-driven ones never
    // finish and are left alone.
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
  } finally {
    if (!reduced) await page.emulateMedia({ reducedMotion: 'no-preference' })
  }
}
