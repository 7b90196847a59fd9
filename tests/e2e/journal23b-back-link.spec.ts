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
  // The entry's title is read from its own page: the list may still redraw under the click
  // (a fresh clone's CI clicked a row the search had just replaced).
  await listed.nth(2).click()
  await expect(page).toHaveURL(/#\/journal\/[^?]+/)
  const heading = page.getByRole('heading', { level: 2 })
  await expect(heading).toBeVisible()
  const title = ((await heading.textContent()) ?? '').trim()
  expect(title).not.toBe('')

  await page.getByRole('link', { name: 'Back to the timeline' }).click()
  await expect(search).toHaveValue('面试')
  expect(page.url()).toBe(address)
  await expect(page.locator('li.timeline-row:focus .timeline-entry-title')).toHaveText(title)
  await expectNoAxeViolations(page)
})
