import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, expect, test } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, E2E_URL } from './chromium'
import { expectNoAxeViolations } from './axe'

test.describe('in a fresh browser', () => {
  test('follows an English system language', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByText('Browser mode')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.screenshot({ path: 'screenshots/dashboard-en.png' })
  })

  test.describe('with a Chinese system language', () => {
    test.use({ locale: 'zh-CN' })
    test('shows the Chinese interface', async ({ page }) => {
      await page.goto('/')
      await expect(page.getByRole('navigation', { name: '栏目' })).toBeVisible()
      await expect(page.getByRole('heading', { level: 1, name: '总览' })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
      await expectNoAxeViolations(page)
      await page.screenshot({ path: 'screenshots/dashboard-zh.png' })
    })
  })

  test.describe('with a dark system theme', () => {
    test.use({ colorScheme: 'dark' })
    test('uses the dark palette and stays accessible', async ({ page }) => {
      await page.goto('/#/settings')
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      expect(background).toBe('rgb(18, 21, 27)')
      await expectNoAxeViolations(page)
      await page.screenshot({ path: 'screenshots/settings-dark-en.png' })
    })

    test('can be pinned to light in Settings, and back to the system', async ({ page }) => {
      await page.goto('/#/settings')
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      await page.getByLabel('Appearance').selectOption('light')
      await expect.poll(background).toBe('rgb(247, 248, 250)')
      await expectNoAxeViolations(page)
      await page.getByLabel('Appearance').selectOption('system')
      await expect.poll(background).toBe('rgb(18, 21, 27)')
    })
  })

  test('can be pinned to dark under a light system theme', async ({ page }) => {
    await page.goto('/#/settings')
    await page.getByLabel('Appearance').selectOption('dark')
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor))
      .toBe('rgb(18, 21, 27)')
  })

  test('is usable from the keyboard: skip link, Alt+number sections, focus on the new heading', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
    await page.keyboard.press('Tab')
    const skipLink = page.getByRole('link', { name: 'Skip to content' })
    await expect(skipLink).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused()
    await page.keyboard.press('Alt+3')
    await expect(page).toHaveURL(/#\/offers$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Offers' })).toBeFocused()
    await page.keyboard.press('Alt+6')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused()
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  test('runs under a strict Content-Security-Policy: no eval, no inline script, no remote origin', async ({
    page,
  }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) violations.push(message.text())
    })
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(policy).toContain("default-src 'none'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:/)
    // Code passed to evaluate() runs through DevTools, which CSP exempts; a string handed to
    // setTimeout runs later in the page's own context, where the policy applies.
    const outcome = await page.evaluate(async () => {
      const violated: string[] = []
      document.addEventListener('securitypolicyviolation', (event) =>
        violated.push(event.violatedDirective),
      )
      const scope = window as unknown as { __evalRan?: boolean; __inlineRan?: boolean }
      // The string form of setTimeout is eval by another name: the policy must refuse it.
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      setTimeout('window.__evalRan = true', 0)
      const script = document.createElement('script')
      script.textContent = 'window.__inlineRan = true'
      document.head.append(script)
      await new Promise((resolve) => setTimeout(resolve, 200))
      return {
        evalRan: scope.__evalRan === true,
        inlineRan: scope.__inlineRan === true,
        violated: violated.sort(),
      }
    })
    expect(outcome).toEqual({
      evalRan: false,
      inlineRan: false,
      violated: ['script-src-elem', 'script-src'].sort(),
    })
    expect(violations.length).toBeGreaterThan(0)
  })
})

test('a stored setting survives a reload and a browser restart with the same profile', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'tidemark-profile-'))
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...(CHROMIUM_PATH ? { executablePath: CHROMIUM_PATH } : {}),
      args: CHROMIUM_ARGS,
      locale: 'en-US',
      baseURL: E2E_URL,
    })
  try {
    let context = await launch()
    let page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/#/settings')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()

    // Store a record: the language choice goes to the settings row in IndexedDB.
    await page.getByLabel('Language').selectOption('zh-CN')
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: '已保存。' })).toBeVisible()
    await page.screenshot({ path: 'screenshots/settings-zh.png' })

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
    await expect(page.getByLabel('语言')).toHaveValue('zh-CN')

    await context.close()
    context = await launch()
    page = context.pages()[0] ?? (await context.newPage())
    await page.goto('/#/settings')
    await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible()
    await expect(page.getByLabel('语言')).toHaveValue('zh-CN')
    const stored = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('tidemark')
          open.onerror = () => {
            reject(new Error('open failed'))
          }
          open.onsuccess = () => {
            const read = open.result.transaction('settings').objectStore('settings').get('app')
            read.onsuccess = () => {
              resolve(read.result)
              open.result.close()
            }
          }
        }),
    )
    expect(stored).toMatchObject({ id: 'app', language: 'zh-CN', theme: 'system' })

    // And back to following the system language.
    await page.getByLabel('语言').selectOption('system')
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
    await context.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
