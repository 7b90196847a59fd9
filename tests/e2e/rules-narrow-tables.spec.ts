import { expect, test } from '@playwright/test'

/**
 * At 720 px the Tiers and the Cities tables are wider than their box: the box scrolled with no
 * hint and could not be reached by keyboard, and a section jumped to from "On this page" landed
 * under the sticky tier bar (new-user trial). Now the box that overflows says so, is a named
 * region that takes focus and scrolls with the arrow keys, and headings clear the bar. A box
 * that fits (at 1280 px) stays plain, so Tab does not stop at every table.
 */

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    tiers: 'Tiers (scrolls sideways)',
    cities: 'Cities and social insurance (scrolls sideways)',
    hint: /scroll it sideways/,
    toc: 'Tiers',
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    tiers: '档位（可左右滚动）',
    cities: '城市与社保（可左右滚动）',
    hint: /左右滚动/,
    toc: '档位',
  },
] as const

for (const language of LANGUAGES) {
  test(`wide rule tables are hinted, named and reachable by keyboard at 720 px, ${language.name}`, async ({
    page,
  }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.setViewportSize({ width: 720, height: 900 })
    await page.goto('/#/rules')
    for (const name of [language.tiers, language.cities]) {
      const region = page.getByRole('region', { name })
      await expect(region).toHaveAttribute('tabindex', '0')
      await region.focus()
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0)
    }
    await expect(page.getByText(language.hint).first()).toBeVisible()

    // From "On this page" to Tiers: its heading below the sticky bar, not under it.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: language.toc, exact: true })
      .click()
    const [heading, bar] = await Promise.all([
      page.locator('#rules-tiers-title').boundingBox(),
      page.locator('.rules-bar').boundingBox(),
    ])
    expect(heading?.y).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0))
  })

  test(`rule tables that fit are plain boxes at 1280 px, ${language.name}`, async ({ page }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/#/rules')
    await expect(page.locator('.rules-table').first()).toBeVisible()
    // Only the Cities table scrolls: five cities (成都 since session 17) are wider than 1280 px
    // leaves it; it says so, and every other table stays a plain box.
    await expect(page.locator('.rules-table-scroll[tabindex]')).toHaveCount(1)
    await expect(page.getByRole('region', { name: language.cities })).toHaveAttribute(
      'tabindex',
      '0',
    )
    await expect(page.getByText(language.hint)).toHaveCount(1)
  })
}
