import { expect, test } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * An entry opened from a scrolled timeline and deleted from its page: the list comes back where
 * it was left, and Undo leaves it there. The list used to come back at its top, then jump to
 * the old place when Undo put the entry back, a row cut under the month held at the top
 * (new-user trial: "after undoing a delete, the month heading overlaps the first row").
 */
test('a deleted entry: the list where it was left, and Undo does not move it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/#/settings')
  await importThroughUi(page, jsonFile('journal-30.json', generateExport(30, 5).text), 'merge', EN)
  await page.goto('/#/journal')
  const count = page.getByTestId('journal-count')
  await expect(count).toHaveText('30 entries')
  const list = page.getByTestId('timeline-scroll')
  const scrollTop = () => list.evaluate((element) => element.scrollTop)

  await list.evaluate((element) => {
    element.scrollTop = 400
  })
  await expect.poll(scrollTop).toBe(400)
  // A row in view, below the month held at the top.
  const row = page.locator('li.timeline-row[data-index="4"]')
  await row.focus()
  const title = (await row.locator('.timeline-entry-title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(count).toHaveText('29 entries')
  await expect.poll(scrollTop).toBe(400)

  await page.keyboard.press('Enter')
  const notice = page.locator('.je-deleted')
  await expect(notice).toContainText(`Restored “${title}”.`)
  await expect(count).toHaveText('30 entries')
  await expect(
    page.locator('li.timeline-row .timeline-entry-title', { hasText: title }),
  ).toHaveCount(1)
  await page.waitForTimeout(500)
  expect(await scrollTop()).toBe(400)
})
