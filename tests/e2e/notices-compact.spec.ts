import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The export reminder took about 90 px at the window's foot (more at 720 px) and the quick
 * entry's "Saved" line stood on it (new-user trial). It is one line where the window has room
 * (a short row), the page scrolls its last content clear of it, the "Saved" line stands above
 * it, it can be dismissed, and axe stays clean. In English and Simplified Chinese, light and
 * dark, at 1280 and 720 px.
 */

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    close: 'Hide this reminder',
  },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], loadSample: '载入示例', close: '暂时隐藏提醒' },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const language of LANGUAGES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [1280, 720] as const) {
      test(`the export reminder is compact and clear of the page, ${language.name} ${colorScheme} ${String(width)} px`, async ({
        browser,
      }) => {
        test.setTimeout(60_000)
        const context = await browser.newContext({
          viewport: { width, height: 700 },
          colorScheme,
        })
        await context.addInitScript(overrideLanguages, language.languages)
        const page = await context.newPage()
        await page.goto('/#/dashboard')
        await page.getByRole('button', { name: language.loadSample }).click()
        await page.goto('/#/rules')
        const reminder = page.getByTestId('export-reminder')
        await expect(reminder).toBeVisible({ timeout: 20_000 })
        await expect(page.locator('main h1')).toBeVisible()
        const row = await page.getByTestId('notices').boundingBox()
        // One line in English at 1280 and in Chinese at both widths; two at most in English at
        // 720 (the row was ~72 and ~123 px).
        const oneLine = !(language.name === 'en' && width === 720)
        expect(row?.height ?? 0).toBeLessThanOrEqual(oneLine ? 56 : 70)

        // Scrolled to its end, the screen's last panel is above the reminder's row.
        await page.evaluate(() => {
          for (const element of [document.scrollingElement, ...document.querySelectorAll('*')])
            if (element) element.scrollTop = element.scrollHeight
        })
        const clear = await page.evaluate(() => {
          const panels = document.querySelectorAll('main .panel')
          const last = panels[panels.length - 1]?.getBoundingClientRect()
          const notices = document.querySelector('[data-testid="notices"]')?.getBoundingClientRect()
          return last && notices ? notices.top - last.bottom : -1
        })
        expect(clear).toBeGreaterThanOrEqual(0)

        // The quick entry's "Saved" line (fixed at the foot) stands above the reminder.
        const toastGap = await page.evaluate(() => {
          const toast = document.createElement('div')
          toast.className = 'quick-entry-status'
          toast.textContent = 'Saved.'
          document.body.append(toast)
          const notices = document.querySelector('[data-testid="notices"]')?.getBoundingClientRect()
          const gap = notices ? notices.top - toast.getBoundingClientRect().bottom : -1
          toast.remove()
          return gap
        })
        expect(toastGap).toBeGreaterThanOrEqual(0)

        await expectNoAxeViolations(page)
        await reminder.getByRole('button', { name: language.close }).click()
        await expect(reminder).toHaveCount(0)
        await context.close()
      })
    }
  }
}
