import { expect, test } from '@playwright/test'

/**
 * New-user trial 23 #5: Chromium's date field takes a year of up to six digits. With 61202 in
 * the answer-by date, the verdict beside the form went, saying the offer still needed a company
 * and a pay that can be read (both were there), and Save said only "Enter a date". The verdict
 * now stays (the deadline is none of the engine's business) and Save names the years allowed.
 */
const CASES = [
  {
    locale: 'en-US',
    company: 'Company',
    paste: 'Paste the pay as the recruiter wrote it',
    deadline: 'Answer by',
    save: 'Save offer',
    notFound: /No verdict yet/,
    risk: 'Risk of the move',
    range: /^Choose a date from 1950 to \d{4}/,
  },
  {
    locale: 'zh-CN',
    company: '公司',
    paste: '按猎头的写法粘贴薪资',
    deadline: '答复期限',
    save: '保存 offer',
    notFound: /还没有结论/,
    risk: '跳槽风险',
    range: /^日期须在 1950 年至 \d{4} 年之间/,
  },
] as const

for (const c of CASES) {
  test(`a five-digit year in the answer-by date keeps the verdict, ${c.locale}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      locale: c.locale,
      viewport: { width: 1280, height: 900 },
    })
    const page = await context.newPage()
    await page.goto('/#/offers/new')
    await page.getByLabel(c.company, { exact: true }).fill('Moonshot')
    await page.getByLabel(c.paste, { exact: true }).fill('月薪 6 万 × 16')
    const deadline = page.getByLabel(c.deadline, { exact: true })
    await deadline.focus()
    // Month, day, then the year's segment, which takes up to six digits.
    await page.keyboard.type('0115')
    await page.keyboard.type('61202')
    expect(await deadline.inputValue()).toBe('61202-01-15')
    await page.getByLabel(c.company, { exact: true }).focus()
    await expect(page.getByText(c.notFound)).toHaveCount(0)
    // The verdict's own parts are drawn: its risk among them.
    await expect(page.getByRole('heading', { name: c.risk, exact: true })).toBeVisible()
    await page.getByRole('button', { name: c.save }).click()
    await expect(deadline).toHaveAttribute('aria-invalid', 'true')
    await expect(page.locator('main').getByText(c.range)).toBeVisible()
    await context.close()
  })
}
