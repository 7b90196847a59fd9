import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/** The focused element's place in the timeline (aria-posinset), or null off the list. */
const focusedRow = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('li.timeline-row')?.ariaPosInSet ?? null)

/**
 * A keyboard user down the timeline opens an entry with Enter and comes Back: the list is where
 * they left it, focus on the entry they opened (it fell to the page's body, the list at its top).
 */
test('Back from an entry opened with Enter returns focus and scroll to its row', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await importThroughUi(
    page,
    jsonFile('journal-300.json', generateExport(300, 3).text),
    'merge',
    EN,
  )
  await page.goto('/#/journal')
  await expect(page.getByTestId('journal-count')).toHaveText('300 entries')
  const list = page.getByTestId('timeline-scroll')

  // Past the first screen's 40 newest entries, which the list holds before the whole order.
  await page.locator('li.timeline-row').first().focus()
  for (let step = 0; step < 40 && Number(await focusedRow(page)) <= 60; step++) {
    await page.keyboard.press('PageDown')
  }
  const opened = await focusedRow(page)
  expect(Number(opened)).toBeGreaterThan(60)
  const title = await page.locator('li.timeline-row:focus .timeline-entry-title').textContent()
  const scrollTop = await list.evaluate((element) => element.scrollTop)
  expect(scrollTop).toBeGreaterThan(0)

  await page.keyboard.press('Enter')
  // Focus goes with the user to the entry's page, not to the page's body (new-user trial).
  await expect(page.getByRole('heading', { level: 2, name: title ?? '' })).toBeFocused()
  await expect(list).toHaveCount(0)

  await page.goBack()
  await expect(page.getByTestId('journal-count')).toHaveText('300 entries')
  await expect.poll(() => focusedRow(page)).toBe(opened)
  expect(await list.evaluate((element) => element.scrollTop)).toBe(scrollTop)
  await expect(page.locator('li.timeline-row:focus .timeline-entry-title')).toHaveText(title ?? '')
})
