import { expect, test } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * Trial 20 #7: at 1920 px a timeline row and its divider stopped at ~800 px inside a 1,646 px
 * box: the main column caps a list item at 80ch (a line of prose), and a row is a list item.
 * The rows, in the timeline and in a search's hits, are now as wide as their box.
 */
test.use({ viewport: { width: 1920, height: 1080 } })

test('a timeline row and its divider run the box’s width at 1920 px', async ({ page }) => {
  await page.goto('/#/settings')
  await importThroughUi(page, jsonFile('journal-12.json', generateExport(12, 3).text), 'merge', EN)
  await page.goto('/#/journal')
  for (const query of ['', '面试']) {
    if (query !== '') {
      await page.getByRole('searchbox', { name: 'Search the journal' }).fill(query)
      await expect(page).toHaveURL(/[?&]q=/)
    }
    const box = page.locator('[data-testid="timeline-scroll"]:visible')
    const row = box.locator('li.timeline-row').first()
    const entry = row.locator('.timeline-entry')
    await expect(entry).toBeVisible()
    // The search swaps which list is shown; measure once the shown box has its width, and take
    // the box, its first row and that row's entry in one read so they come from the same list.
    await expect.poll(() => box.evaluate((element) => element.clientWidth)).toBeGreaterThan(1400)
    const widths = await box.evaluate((element) => {
      const first = element.querySelector('li.timeline-row')
      const body = first?.querySelector('.timeline-entry')
      return {
        inner: element.clientWidth,
        row: first?.getBoundingClientRect().width ?? 0,
        entry: body?.getBoundingClientRect().width ?? 0,
      }
    })
    expect(widths.inner).toBeGreaterThan(1400)
    expect(widths.row).toBeCloseTo(widths.inner, 0)
    // The divider is the entry's bottom border: the row's width less its 1rem paddings.
    expect(widths.entry).toBeGreaterThan(widths.inner - 40)
  }
})
