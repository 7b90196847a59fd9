import { expect, test } from '@playwright/test'

/**
 * Under "Offers" the deleted offer's live line (DeletedOfferNotice) kept a blank line of about
 * 70 px while it said nothing, on the list and on every offer's page (session 21's look). Empty,
 * it takes no room, as the journal's does; after a delete it is there with its Undo.
 */
test('the offers screen has no blank line under its heading until an offer is deleted', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await page.goto('/#/dashboard')
  await page.getByRole('button', { name: 'Load the sample' }).click()
  await expect(page.getByText('The sample is loaded').first()).toBeVisible({ timeout: 20_000 })
  const notice = page.locator('.offers-screen > p.status')
  for (const path of ['/#/offers', '/#/offers/sample-o-four-steps']) {
    await page.goto(path)
    await expect(page.locator('.offers-screen h1')).toBeVisible()
    await expect(notice).toBeEmpty()
    const box = await notice.boundingBox()
    expect(box?.height ?? 0).toBe(0)
  }
  await page.getByRole('button', { name: 'Delete offer' }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(notice).toContainText('Deleted the offer from An LLM startup.')
  expect((await notice.boundingBox())?.height ?? 0).toBeGreaterThan(10)
})
