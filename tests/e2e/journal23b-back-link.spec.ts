import { expect, test } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * Trial 18 M2: an entry opened from a search, then "Back to the timeline" (a plain #/journal)
 * landed on all entries with the search gone; the browser's Back kept it. The link now returns
 * as Back does: the search in the box and the address, focus on the row that was opened.
 */
test('Back to the timeline returns to the search the entry was opened from', async ({ page }) => {
  await page.goto('/#/settings')
  await importThroughUi(
    page,
    jsonFile('journal-120.json', generateExport(120, 3).text),
    'merge',
    EN,
  )
  await page.goto('/#/journal')
  await expect(page.getByTestId('journal-count')).toHaveText('120 entries')

  const search = page.getByRole('searchbox', { name: 'Search the journal' })
  await search.fill('面试')
  await expect(page).toHaveURL(/[?&]q=/)
  // The search's answer, not the whole list still drawn before it.
  await expect(page.getByTestId('journal-count')).toHaveText(/^\d+ match(es)?$/)
  const listed = page.getByRole('list', { name: 'Journal entries' }).getByRole('link')
  await expect(listed.first()).toBeVisible()
  const address = page.url()
  const row = listed.nth(2)
  const title = ((await row.textContent()) ?? '').trim()
  await row.click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await page.getByRole('link', { name: 'Back to the timeline' }).click()
  await expect(search).toHaveValue('面试')
  expect(page.url()).toBe(address)
  await expect(page.locator('li.timeline-row:focus .timeline-entry-title')).toHaveText(title)
  await expectNoAxeViolations(page)
})
