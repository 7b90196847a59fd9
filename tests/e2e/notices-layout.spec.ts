import { expect, test, type BrowserContext, type Page } from '@playwright/test'

/**
 * The banners take a row of their own at the foot of the window (banners.css, styles.css): at
 * whatever scroll, nothing of the screen is under them, and a modal's dimmed backdrop covers
 * them like the rest. They were held over the screen's foot once: ~50 px at 1280 and ~100 px at
 * 720 covered the controls that scrolled under them (new-user trial).
 *
 * The sample, never exported, brings the export reminder (browser mode). In English and in
 * Simplified Chinese (their lines wrap differently), at 1280 and 720 px.
 */

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
  },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], loadSample: '载入示例', loaded: '示例已载入' },
] as const
const WIDTHS = [1280, 720] as const
const HEIGHT = 700

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

/** Scrolls the screen halfway down, whichever element scrolls it (the window or a box). */
async function scrollHalfway(page: Page) {
  await page.evaluate(() => {
    const main = document.querySelector('main')
    let box: Element | null = main
    while (
      box &&
      !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY))
    )
      box = box.parentElement
    const scroller = box ?? document.scrollingElement
    if (!scroller) throw new Error('nothing scrolls')
    scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) / 2
  })
}

/** What of the app lies under the banners: any element inside `.app` found at points on them. */
async function appUnderBanners(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const under = new Set<string>()
    for (const banner of document.querySelectorAll('[data-testid="notices"] .banner')) {
      const rect = banner.getBoundingClientRect()
      for (const fx of [0.05, 0.5, 0.95])
        for (const fy of [0.1, 0.5, 0.9]) {
          const x = rect.left + rect.width * fx
          const y = rect.top + rect.height * fy
          for (const element of document.elementsFromPoint(x, y)) {
            if (element.closest('.app') && element.closest('main, nav'))
              under.add(`${element.tagName} ${element.textContent.trim().slice(0, 30)}`)
          }
        }
    }
    return [...under]
  })
}

for (const language of LANGUAGES) {
  test.describe(`the banners' own row, ${language.name}`, () => {
    let context: BrowserContext

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(60_000)
      context = await browser.newContext({ viewport: { width: 1280, height: HEIGHT } })
      await context.addInitScript(overrideLanguages, language.languages)
      const page = await context.newPage()
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: language.loadSample }).click()
      await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
      await page.close()
    })

    test.afterAll(async () => {
      await context.close()
    })

    for (const width of WIDTHS) {
      for (const hash of ['#/dashboard', '#/settings', '#/skills']) {
        test(`nothing of ${hash} is under the banners, scrolled halfway, ${width} px`, async () => {
          const page = await context.newPage()
          await page.setViewportSize({ width, height: HEIGHT })
          await page.goto(`/${hash}`)
          await expect(page.locator('main h1')).toBeVisible()
          await expect(page.getByTestId('export-reminder')).toBeVisible()
          await page.waitForTimeout(400) // its rise into view done
          await scrollHalfway(page)
          expect(await appUnderBanners(page)).toEqual([])
          // Still in sight, and the last thing a keyboard reaches.
          await expect(page.getByTestId('export-reminder')).toBeInViewport({ ratio: 1 })
          await page.close()
        })
      }
    }

    test('a modal dialog dims the banners with the rest', async () => {
      const page = await context.newPage()
      await page.setViewportSize({ width: 1280, height: HEIGHT })
      await page.goto('/#/dashboard')
      await expect(page.locator('main h1')).toBeVisible()
      const reminder = page.getByTestId('export-reminder')
      await expect(reminder).toBeVisible()
      await page.locator('body').press('?')
      await expect(page.locator('dialog[open]')).toBeVisible()
      // A click on the reminder, left of the dialog, lands on its backdrop (the dialog element).
      const hit = await reminder.evaluate((banner) => {
        const rect = banner.getBoundingClientRect()
        return document.elementFromPoint(rect.left + 10, rect.top + rect.height / 2)?.tagName
      })
      expect(hit).toBe('DIALOG')
      await page.close()
    })
  })
}
