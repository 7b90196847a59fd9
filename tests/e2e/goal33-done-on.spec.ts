import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * A goal marked done says the day it was done (trial 32: it could say its target date only),
 * and still says it after a reload: the day is stored with the goal (doneAt). In English (light)
 * and in Simplified Chinese (dark), axe clean.
 */

const CASES = [
  {
    locale: 'en-US',
    colorScheme: 'light',
    language: 'en',
    add: 'Add a goal',
    title: 'Goal',
    date: 'Target date',
    save: 'Save goal',
    markDone: 'Mark done: “Ship a CUDA kernel”',
    doneList: 'Done',
    line: (day: string) => `Done on ${day}`,
  },
  {
    locale: 'zh-CN',
    colorScheme: 'dark',
    language: 'zh-CN',
    add: '添加目标',
    title: '目标',
    date: '截止日期',
    save: '保存目标',
    markDone: '标记完成：“Ship a CUDA kernel”',
    doneList: '已完成',
    line: (day: string) => `${day}完成`,
  },
] as const

for (const c of CASES) {
  test.describe(`a done goal's day in ${c.locale}`, () => {
    test.use({
      locale: c.locale,
      colorScheme: c.colorScheme,
      viewport: { width: 1280, height: 900 },
    })

    test('Mark done shows the day it was done, kept after a reload', async ({ page }) => {
      await page.goto('/#/journal/goals')
      await page.getByRole('button', { name: c.add }).click()
      const form = page.locator('main form')
      await form.getByLabel(c.title, { exact: true }).fill('Ship a CUDA kernel')
      await form.getByLabel(c.date, { exact: true }).fill('2031-06-30')
      await form.getByRole('button', { name: c.save }).click()
      await page.getByRole('button', { name: c.markDone }).click()

      // Today as the goals' dates are written: month and day, this year's without the year.
      const today = await page.evaluate(
        (language) =>
          new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }).format(new Date()),
        c.language,
      )
      const done = page.getByRole('list', { name: c.doneList, exact: true })
      const item = done.getByTestId('goal-item').filter({ hasText: 'Ship a CUDA kernel' })
      await expect(item.locator('.goal-due')).toHaveText(c.line(today))

      await page.reload()
      await expect(item.locator('.goal-due')).toHaveText(c.line(today))
      await expectNoAxeViolations(page)
    })
  })
}
