import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * New-user trial: after deleting an entry, the timeline came back with its tab stop wherever
 * the list had it, not where the user was. The row now in the deleted one's place (the next
 * entry, or the previous where it was the last) is the list's active row: in view, and the
 * list's one tab stop (the Undo line holds the keyboard meanwhile, as its own test says).
 */
async function openAndDelete(page: Page, index: number) {
  const row = page.locator(`li.timeline-row[data-index="${String(index)}"]`)
  await row.scrollIntoViewIfNeeded()
  await row.focus()
  const title = (await row.locator('.timeline-entry-title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  return title
}

/** Whether the tab stop's row is within the list's scroll box (the window may scroll too). */
async function inList(page: Page): Promise<boolean> {
  const row = await page.locator('li.timeline-row[tabindex="0"]').boundingBox()
  const list = await page.getByTestId('timeline-scroll').boundingBox()
  if (!row || !list) return false
  return row.y >= list.y - 1 && row.y + row.height <= list.y + list.height + 1
}

test('a deleted entry: the next entry, or the previous after the last, is the active row', async ({
  page,
}) => {
  test.slow()
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/#/settings')
  await importThroughUi(page, jsonFile('journal-12.json', generateExport(12, 3).text), 'merge', EN)
  await page.goto('/#/journal')
  const count = page.getByTestId('journal-count')
  await expect(count).toHaveText('12 entries')
  const tabStop = page.locator('li.timeline-row[tabindex="0"]')

  const fourth = page.locator('li.timeline-row[data-index="4"] .timeline-entry-title')
  const after =
    (await page.locator('li.timeline-row[data-index="5"] .timeline-entry-title').textContent()) ??
    ''
  const deleted = await openAndDelete(page, 4)
  await expect(count).toHaveText('11 entries')
  await expect(tabStop).toHaveAttribute('data-index', '4')
  await expect(fourth).toHaveText(after)
  expect(after).not.toBe(deleted)
  await expect.poll(() => inList(page)).toBe(true)

  // The last entry: the one before it takes its place.
  const last = page.locator('li.timeline-row[data-index="10"]')
  await last.scrollIntoViewIfNeeded()
  const before =
    (await page.locator('li.timeline-row[data-index="9"] .timeline-entry-title').textContent()) ??
    ''
  await openAndDelete(page, 10)
  await expect(count).toHaveText('10 entries')
  await expect(tabStop).toHaveAttribute('data-index', '9')
  await expect(tabStop.locator('.timeline-entry-title')).toHaveText(before)
  await expect.poll(() => inList(page)).toBe(true)
})
