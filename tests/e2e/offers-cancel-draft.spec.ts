import { expect, test } from '@playwright/test'

/**
 * New-user trial 12: Cancel on a new offer, then Add an offer again, brought the cancelled
 * text back. In the real app: Cancel forgets it; going to another section still keeps it.
 */
const CASES = [
  {
    locale: 'en-US',
    company: 'Company',
    cancel: 'Cancel',
    add: 'Add an offer',
    kept: 'Your unsaved changes from before are still here: save them, or discard them.',
  },
  {
    locale: 'zh-CN',
    company: '公司',
    cancel: '取消',
    add: '添加 offer',
    kept: '你之前未保存的修改还在：可以保存，也可以放弃。',
  },
] as const

for (const c of CASES) {
  test.describe(`Cancel on a new offer, ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test('forgets its inputs, where another section keeps them', async ({ page }) => {
      await page.goto('/#/offers/new')
      const company = page.getByLabel(c.company, { exact: true })
      await company.fill('Acme AI')
      await page.keyboard.press('Alt+1')
      await expect(company).toHaveCount(0)
      await page.goto('/#/offers/new')
      await expect(company).toHaveValue('Acme AI')
      await expect(page.getByText(c.kept)).toBeVisible()

      await page.getByRole('button', { name: c.cancel, exact: true }).click()
      await page.getByRole('link', { name: c.add }).click()
      await expect(company).toHaveValue('')
      await expect(page.getByText(c.kept)).toHaveCount(0)
    })
  })
}
