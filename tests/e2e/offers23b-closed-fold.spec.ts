import { expect, test } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH, type UiWords } from './data-helpers'

/**
 * Trial 18 #6: with 100 offers, 98 of them closed, the list showed every one and the comparison
 * began about 7,600 px down. The live offers are listed; the closed ones are folded under
 * 'Closed offers (98)' / '已结束的 offer（98）', which Enter opens; the comparison follows the
 * fold. Axe clean, light and dark, en and zh-CN.
 */
function longTimeUser(): string {
  const doc = JSON.parse(profileExport({ skills: 5, offers: 100, seed: 11 })) as {
    data: { offers: { status: string; deadline?: string }[] }
  }
  doc.data.offers.forEach((offer, index) => {
    offer.status = index === 0 ? 'considering' : index === 1 ? 'negotiating' : 'declined'
    // Ten days ahead, as a live offer's deadline is (a year shown in the date, as 2099's was,
    // makes its column wider than its share in one table and not the other).
    if (index < 2)
      offer.deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  })
  return JSON.stringify(doc)
}

const CASES: { words: UiWords; languages: string[]; closed: string; comparison: string }[] = [
  { words: EN, languages: ['en-US', 'en'], closed: 'Closed offers (98)', comparison: 'Comparison' },
  { words: ZH, languages: ['zh-CN', 'zh'], closed: '已结束的 offer（98）', comparison: '对比' },
]

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const { words, languages, closed, comparison } of CASES) {
  test(`98 closed offers are folded, the comparison near the top, ${words.lang}`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.addInitScript(overrideLanguages, languages)
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto('/#/settings')
    await importThroughUi(page, jsonFile('long-time.json', longTimeUser()), 'merge', words)
    await page.goto('/#/offers')
    const fold = page.locator('details.offer-closed')
    const summary = fold.locator('> summary')
    await expect(summary).toHaveText(closed)
    await expect(fold).not.toHaveAttribute('open', '')
    // Two live rows in the first table; the 98 inside the fold are not shown.
    await expect(page.locator('.offer-table').first().locator('tbody tr')).toHaveCount(2)
    const heading = page.getByRole('heading', { level: 2, name: comparison })
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top + scrollY)
    expect(top).toBeLessThan(1200)
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await expectNoAxeViolations(page)
    }
    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(fold).toHaveAttribute('open', '')
    await expect(fold.locator('tbody tr')).toHaveCount(98)
    // Session 22's open list: the two tables sized their columns each by its own content, so
    // the closed offers' status, deadline and verdict stood at other places than the live ones'.
    const columnStarts = (table: number) =>
      page
        .locator('.offer-table')
        .nth(table)
        .locator('thead th')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)))
    const [live, closedStarts] = [await columnStarts(0), await columnStarts(1)]
    closedStarts.forEach((start, column) => {
      expect(
        Math.abs(start - (live[column] ?? 0)),
        `column ${String(column + 1)}`,
      ).toBeLessThanOrEqual(1)
    })
  })
}
