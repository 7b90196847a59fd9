import { expect, test, type Page } from '@playwright/test'

/**
 * The journal's goals as a new user meets them (new-user trial): every error at the first save.
 * In English and in Simplified Chinese.
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
  },
  {
    locale: 'zh-CN',
    add: '添加目标',
    save: '保存目标',
    title: '目标',
    titleError: '请填写目标（不超过 200 个字符）。',
    date: '截止日期',
    dateError: '请填写截止日期。',
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
  })
}
