import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The goal form's Esc (trial 23 #8: it threw typed text away at once). An empty form closes at
 * once; a typed one asks, in a live line by the buttons, with the cursor left where it was; a
 * second Esc discards and gives focus back to "Add a goal"; any other key withdraws the question.
 */

const WORDS = [
  {
    locale: 'en-US',
    add: 'Add a goal',
    title: 'Goal',
    asked:
      'Your changes are not saved. Press Esc again or Cancel to discard them, or Enter to save.',
  },
  {
    locale: 'zh-CN',
    add: '添加目标',
    title: '目标',
    asked: '修改尚未保存。再按一次 Esc 或点“取消”放弃修改，按回车保存。',
  },
] as const

async function openForm(page: Page, add: string) {
  await page.goto('/#/journal/goals')
  await page.getByRole('button', { name: add }).click()
  return page.locator('main form.goal-form')
}

for (const words of WORDS) {
  test.describe(`goal form's Esc in ${words.locale}`, () => {
    test.use({ locale: words.locale, viewport: { width: 1280, height: 720 } })

    test('an empty form closes at once and focus goes back to Add a goal', async ({ page }) => {
      const form = await openForm(page, words.add)
      await expect(form.getByLabel(words.title, { exact: true })).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(form).toHaveCount(0)
      await expect(page.getByRole('button', { name: words.add })).toBeFocused()
    })

    test('typed text is kept at the first Esc, the question said and in view', async ({ page }) => {
      const form = await openForm(page, words.add)
      const title = form.getByLabel(words.title, { exact: true })
      await expect(title).toBeFocused()
      await page.keyboard.type('读完 vLLM 调度器源码')
      await page.keyboard.press('Escape')

      await expect(form).toHaveCount(1)
      await expect(title).toHaveValue('读完 vLLM 调度器源码')
      await expect(title).toBeFocused()
      const question = form.getByRole('status')
      await expect(question).toHaveText(words.asked)
      await expect(question).toBeInViewport()
      await expectNoAxeViolations(page)

      // Another key withdraws it: the next Esc asks again rather than discarding.
      await page.keyboard.type('!')
      await expect(question).toHaveText('')
      await page.keyboard.press('Escape')
      await expect(question).toHaveText(words.asked)
      await expect(title).toHaveValue('读完 vLLM 调度器源码!')

      // Esc again, the question standing: discarded, and focus goes back to Add a goal.
      await page.keyboard.press('Escape')
      await expect(form).toHaveCount(0)
      await expect(page.getByRole('button', { name: words.add })).toBeFocused()
    })
  })
}
