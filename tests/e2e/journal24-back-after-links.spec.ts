import { expect, test, type Page } from '@playwright/test'
import { generateExport } from '../helpers/export-generator'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile } from './data-helpers'

/**
 * "Back to the timeline" went back in history whenever the entry had been opened from the list
 * (e2a8faf). When the user had left the entry by a link and come back to it by another link, the
 * page before was that link's page, not the list: Back landed on the job search. Come back by
 * the browser's Forward, the list had already taken its place back, so the link fell to a plain
 * #/journal, the search gone. It now lands on the timeline with the search and filters it had.
 */

/** The timeline filtered to interviews and searched, 120 entries imported. */
async function openSearchedTimeline(page: Page): Promise<string> {
  await page.goto('/#/settings')
  await importThroughUi(
    page,
    jsonFile('journal-120.json', generateExport(120, 3).text),
    'merge',
    EN,
  )
  await page.goto('/#/journal?kind=interview')
  await expect(page.getByTestId('journal-count')).toHaveText(/^\d+ of 120 entries$/)
  const search = page.getByRole('searchbox', { name: 'Search the journal' })
  await search.fill('面试')
  await expect(page).toHaveURL(/[?&]q=/)
  await expect(page.getByTestId('journal-count')).toHaveText(/^\d+ match(es)? with these filters$/)
  return page.url()
}

/** Opens the list's first (newest) entry and returns its title, read from its own page. */
async function openFirstEntry(page: Page): Promise<string> {
  const listed = page.getByRole('list', { name: 'Journal entries' }).getByRole('link')
  await listed.first().click()
  await expect(page).toHaveURL(/#\/journal\/[^?]+$/)
  const heading = page.getByRole('heading', { level: 2 })
  await expect(heading).not.toHaveText('Loading…')
  const title = ((await heading.textContent()) ?? '').trim()
  expect(title).not.toBe('')
  return title
}

async function expectBackOnTimeline(page: Page, address: string, title: string) {
  await page.getByRole('link', { name: 'Back to the timeline' }).click()
  await expect(page).toHaveURL(address)
  await expect(page.getByRole('searchbox', { name: 'Search the journal' })).toHaveValue('面试')
  await expect(page.locator('li.timeline-row:focus .timeline-entry-title')).toHaveText(title)
}

test('Back lands on the timeline after leaving the entry by a link and coming back by another', async ({
  page,
}) => {
  const address = await openSearchedTimeline(page)
  const title = await openFirstEntry(page)

  // Out of the entry to the job search, and back to the entry from its company's list.
  await page.getByRole('link', { name: 'Job search' }).click()
  await expect(page).toHaveURL(/#\/journal\/jobs$/)
  await expect(page.getByTestId('job-company').first()).toBeVisible()
  // Each company shows its latest entries: the earlier ones unfolded, wherever the entry is.
  const earlier = page.getByRole('button', { name: /^Show \d+ earlier entr(y|ies)$/ })
  while ((await earlier.count()) > 0) await earlier.first().click()
  await page.getByRole('link', { name: title, exact: true }).first().click()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await expectBackOnTimeline(page, address, title)
  await expectNoAxeViolations(page)
})

test('Back lands on the searched timeline when the entry came back by Forward', async ({
  page,
}) => {
  const address = await openSearchedTimeline(page)
  const title = await openFirstEntry(page)

  await page.goBack()
  await expect(page).toHaveURL(address)
  await expect(page.locator('li.timeline-row:focus .timeline-entry-title')).toHaveText(title)
  await page.goForward()
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()

  await expectBackOnTimeline(page, address, title)
})
