import { expect, test, type Page } from '@playwright/test'

/**
 * The app scrolls in #root, with the banners in a row of their own below it. With nothing
 * focused, Chromium sends PageDown, Space and the arrows to the document, which does not scroll:
 * right after the app opened, the keyboard could not scroll a long screen until a click or Tab
 * (keyboard-scroll.ts gives those keys to #root). A long screen: the Rules.
 */

const scrollTop = (page: Page) =>
  page.evaluate(() => document.getElementById('root')?.scrollTop ?? -1)

test('with nothing focused, PageDown, Space and End scroll the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  await page.goto('/#/rules')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true)

  await page.keyboard.press('PageDown')
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(200)
  const afterPage = await scrollTop(page)
  await page.keyboard.press('Space')
  await expect.poll(() => scrollTop(page)).toBeGreaterThan(afterPage)
  await page.keyboard.press('End')
  await expect
    .poll(() =>
      page.evaluate(() => {
        const root = document.getElementById('root')
        return root ? root.scrollHeight - root.clientHeight - root.scrollTop : -1
      }),
    )
    .toBeLessThan(2)

  // The scroller took focus only to scroll: it draws no outline, and Tab goes on into the app.
  expect(
    await page.evaluate(() => {
      const root = document.getElementById('root')
      return root ? getComputedStyle(root).outlineStyle : ''
    }),
  ).toBe('none')
  await page.keyboard.press('Tab')
  expect(
    await page.evaluate(() => document.getElementById('root')?.contains(document.activeElement)),
  ).toBe(true)
  expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('root')
})

test('a key typed in a field still goes to the field, not the scroller', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 })
  await page.goto('/#/journal')
  const search = page.getByRole('searchbox').first()
  await search.click()
  await page.keyboard.press('Space')
  await page.keyboard.press('End')
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT')
})
