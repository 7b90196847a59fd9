import { expect, test } from '@playwright/test'

/**
 * Typed inputs were lost on leaving a form (new-user trial): a new offer filled in, Alt+1,
 * back to #/offers/new, an empty form; 9 years typed in the profile, Journal, back: gone. They
 * come back as left, with a note and a way to discard them, in either language.
 */
const CASES = [
  {
    locale: 'en-US',
    company: 'Company',
    notes: 'Notes',
    paste: 'Paste the pay as the recruiter wrote it',
    monthly: 'Monthly base',
    offerKept: 'Your unsaved changes from before are still here: save them, or discard them.',
    discard: 'Discard changes',
    years: 'Years of experience',
    journal: 'Journal',
  },
  {
    locale: 'zh-CN',
    company: '公司',
    notes: '备注',
    paste: '按猎头的写法粘贴薪资',
    monthly: '月薪',
    offerKept: '你之前未保存的修改还在：可以保存，也可以放弃。',
    discard: '放弃修改',
    years: '工作年限',
    journal: '日志',
  },
] as const

for (const c of CASES) {
  test.describe(`unsaved forms in ${c.locale}`, () => {
    test.use({ locale: c.locale })

    test('a new offer and the profile come back as left after another section', async ({
      page,
    }) => {
      await page.goto('/#/offers/new')
      await page.getByLabel(c.company, { exact: true }).fill('Acme AI')
      await page.getByLabel(c.paste).fill('月薪 5 万 × 15')
      await page.getByLabel(c.notes).fill('Call back Friday')
      await page.keyboard.press('Alt+1')
      await expect(page.getByLabel(c.company, { exact: true })).toHaveCount(0)
      await page.goto('/#/offers/new')
      await expect(page.getByText(c.offerKept)).toBeVisible()
      await expect(page.getByLabel(c.company, { exact: true })).toHaveValue('Acme AI')
      await expect(page.getByLabel(c.notes)).toHaveValue('Call back Friday')
      await expect(page.getByLabel(c.monthly, { exact: true })).toHaveValue('50000')

      await page.getByRole('button', { name: c.discard }).click()
      await expect(page.getByLabel(c.company, { exact: true })).toHaveValue('')
      await expect(page.getByText(c.offerKept)).toHaveCount(0)

      await page.goto('/#/skills')
      await page.getByLabel(c.years, { exact: true }).fill('9')
      await page.getByRole('link', { name: c.journal, exact: true }).click()
      // The journal on screen: the profile's form is gone (not still shown while it loads).
      await expect(page.getByRole('heading', { level: 1, name: c.journal })).toBeVisible()
      await expect(page.getByLabel(c.years, { exact: true })).toHaveCount(0)
      await page.goto('/#/skills')
      await expect(page.getByLabel(c.years, { exact: true })).toHaveValue('9')
      await expect(page.getByText(c.offerKept)).toBeVisible()
    })
  })
}
