import { expect, test } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * An entry deleted from its page can be put back (new-user trial: "删除后无法恢复", and the
 * search the user came from was cleared). Delete acts at once, the journal says so with Undo
 * (focused), the list it was opened from comes back as it was, and Undo restores the entry.
 */
test('an entry deleted from its page comes back with Undo, the list where it was', async ({
  page,
}) => {
  await page.goto('/#/settings')
  await importThroughUi(page, jsonFile('journal-30.json', generateExport(30, 5).text), 'merge', EN)
  await page.goto('/#/journal')
  const count = page.getByTestId('journal-count')
  await expect(count).toHaveText('30 entries')

  await page.locator('li.timeline-row').nth(2).focus()
  const title =
    (await page.locator('li.timeline-row:focus .timeline-entry-title').textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  // No second question: Undo is offered instead, and has focus.
  const notice = page.locator('.je-deleted')
  await expect(notice).toContainText(`Deleted “${title}”.`)
  const undo = notice.getByRole('button', { name: `Undo deleting “${title}”` })
  await expect(undo).toBeFocused()
  await expect(count).toHaveText('29 entries')
  await expect(page).toHaveURL(/#\/journal$/)

  await page.keyboard.press('Enter')
  await expect(notice).toContainText(`Restored “${title}”.`)
  await expect(notice.getByRole('link', { name: 'Open it' })).toBeFocused()
  await expect(count).toHaveText('30 entries')
  await expect(
    page.locator('li.timeline-row .timeline-entry-title', { hasText: title }),
  ).toHaveCount(1)
})
