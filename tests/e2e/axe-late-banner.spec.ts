import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The axe helper judges a banner in its final colours even when it comes while axe runs. The
 * banners come after the first paint (their module, then their queries); under load one came
 * after the helper had waited for the running animations, and axe read its text 60 ms into
 * its fade: color-contrast, 1.4-2.7:1 (journal.spec en-US). Here a banner is put in the notices
 * at the moment axe is injected, and held 60 ms into its fade-in if it has one.
 */
test('a banner arriving as axe starts is judged in its final colours', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'axe', {
      configurable: true,
      set(value: unknown) {
        Object.defineProperty(window, 'axe', { configurable: true, writable: true, value })
        const banner = document.createElement('div')
        banner.className = 'banner'
        banner.dataset['testid'] = 'late-banner'
        banner.innerHTML =
          '<span>Your data has never been exported.</span><a href="#/settings">Export</a>'
        document.querySelector('.notices-list')?.append(banner)
        for (const animation of banner.getAnimations()) {
          animation.pause()
          animation.currentTime = 60
        }
      },
    })
  })
  await page.goto('/#/dashboard')
  await expect(page.getByTestId('notices')).toBeAttached()
  await expectNoAxeViolations(page)
  // The banner was there while axe ran: the check above judged it.
  await expect(page.getByTestId('late-banner')).toBeVisible()
})
