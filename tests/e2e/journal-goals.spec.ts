import { expect, test, type Page } from '@playwright/test'

/**
 * The journal's goals and new entry as a new user meets them (new-user trial): every error at
 * the first save; focus kept where the user works. In English and in Simplified Chinese.
 */

const WORDS = [
  {
    locale: 'en-US',
    add: 'Add a goal',
    save: 'Save goal',
    title: 'Goal',
    titleError: 'Name the goal (at most 200 characters).',
    date: 'Target date',
    dateError: 'Enter the target date.',
    newEntry: 'New entry',
    entryTitle: 'Title',
    markDone: 'Mark done: “Ship the eval harness”',
    reopen: 'Reopen “Ship the eval harness”',
    marked: 'Marked “Ship the eval harness” done.',
    measuredBy: 'Measured by',
    saved: 'Saved “Ship the eval harness”.',
  },
  {
    locale: 'zh-CN',
    add: '添加目标',
    save: '保存目标',
    title: '目标',
    titleError: '请填写目标（不超过 200 个字符）。',
    date: '截止日期',
    dateError: '请填写截止日期。',
    newEntry: '写一条',
    entryTitle: '标题',
    markDone: '标记完成：“Ship the eval harness”',
    reopen: '重新打开“Ship the eval harness”',
    marked: '已将“Ship the eval harness”标为完成。',
    measuredBy: '衡量方式',
    saved: '已保存“Ship the eval harness”。',
  },
] as const

async function openGoals(page: Page) {
  await page.goto('/#/journal/goals')
  await expect(page.locator('main h2').first()).toBeVisible()
}

for (const words of WORDS) {
  test.describe(`goals in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1280, height: 900 } })

    test('an empty goal saved says at once that both the title and the date are missing', async ({
      page,
    }) => {
      await openGoals(page)
      await page.getByRole('button', { name: words.add }).click()
      const form = page.locator('main form')
      // The title has the cursor: the click on Save is what leaves it.
      await expect(form.getByLabel(words.title, { exact: true })).toBeFocused()
      await form.getByRole('button', { name: words.save }).click()
      await expect(form.getByText(words.titleError)).toBeVisible()
      await expect(form.getByText(words.dateError)).toBeVisible()
      await expect(form.getByLabel(words.date, { exact: true })).toHaveAttribute(
        'aria-invalid',
        'true',
      )
    })

    test('Mark done keeps focus on the goal, now under Done, and says it was marked done', async ({
      page,
    }) => {
      await openGoals(page)
      await page.getByRole('button', { name: words.add }).click()
      const form = page.locator('main form')
      await form.getByLabel(words.title, { exact: true }).fill('Ship the eval harness')
      await form.getByLabel(words.date, { exact: true }).fill('2030-12-31')
      await form.getByRole('button', { name: words.save }).click()
      await page.getByRole('button', { name: words.markDone }).press('Enter')
      await expect(page.getByRole('button', { name: words.reopen })).toBeFocused()
      await expect(page.getByRole('status').filter({ hasText: words.marked })).toBeVisible()
    })

    test('Enter, then Ctrl+Enter, on “Measured by” saves the goal (new-user trial 11)', async ({
      page,
    }) => {
      await openGoals(page)
      await page.getByRole('button', { name: words.add }).click()
      const form = page.locator('main form')
      await form.getByLabel(words.title, { exact: true }).fill('Ship the eval harness')
      await form.getByLabel(words.date, { exact: true }).fill('2030-12-31')
      // Chromium's Enter on a select opens its list, which then takes Ctrl+Enter too.
      await form.getByLabel(words.measuredBy, { exact: true }).focus()
      await page.keyboard.press('Enter')
      await page.keyboard.press('Control+Enter')
      await expect(page.getByRole('status').filter({ hasText: words.saved })).toBeVisible()
      await expect(form).toHaveCount(0)
    })

    test('Enter on New entry puts the cursor in the new entry’s title', async ({ page }) => {
      await page.goto('/#/journal')
      const link = page.getByRole('link', { name: words.newEntry })
      await link.focus()
      await page.keyboard.press('Enter')
      await expect(page.getByRole('textbox', { name: words.entryTitle, exact: true })).toBeFocused()
    })
  })
}
