import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Trial 20 #10: in a new offer, Save was 56 Tab stops from Company and the paste line ("paste
 * the recruiter's line", the fastest way to fill the pay) stop 21, behind the employer's
 * details and twelve skill boxes. The paste line now follows Company and Role, and the five
 * questions, the red flags (each with its source) and the role's skills are folded under a line
 * saying what they hold: two Tabs to the paste line, 27 to Save. A fold opens from the keyboard,
 * what is ticked inside is said on its line, and the saved offer keeps it.
 */
const CASES = [
  {
    locale: 'en-US',
    company: 'Company',
    paste: 'Paste the pay as the recruiter wrote it',
    save: 'Save offer',
    saved: 'Saved.',
    flagsNone: 'Ticked: none yet',
    flag: 'Chasing leaderboards',
    flagsTicked: 'Ticked: Chasing leaderboards',
    answers: 'Your answers: 5 not known yet',
  },
  {
    locale: 'zh-CN',
    company: '公司',
    paste: '按猎头的写法粘贴薪资',
    save: '保存 offer',
    saved: '已保存。',
    flagsNone: '已勾选：还没有',
    flag: '打榜、卷排名',
    flagsTicked: '已勾选：打榜、卷排名',
    answers: '你的回答：5 个“还不清楚”',
  },
] as const

/** The paste line's Tab stops from Company, and Save's: the design's numbers (HEAD: 20 and 56). */
const PASTE_WITHIN = 2
const SAVE_WITHIN = 27

/** How many Tab presses from where the focus is until `reached` holds, or null within `limit`. */
async function tabsUntil(
  page: Page,
  reached: () => boolean,
  limit: number,
): Promise<number | null> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab')
    if (await page.evaluate(reached)) return presses
  }
  return null
}

const isPaste = () => document.activeElement?.getAttribute('name') === 'payPaste'
const isSave = () =>
  document.activeElement instanceof HTMLButtonElement && document.activeElement.type === 'submit'

for (const c of CASES) {
  test.describe(`the new offer's Tab order, ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 900 } })

    test('the paste line two Tabs from Company, Save within 27, folds opened by keyboard, nothing lost', async ({
      page,
    }) => {
      await page.goto('/#/offers/new')
      const form = page.getByRole('form')
      const company = form.getByRole('textbox', { name: c.company, exact: true })
      await company.fill('Acme AI')

      await company.focus()
      expect(await tabsUntil(page, isPaste, 60)).toBeLessThanOrEqual(PASTE_WITHIN)
      await expect(form.getByLabel(c.paste)).toBeFocused()
      await page.keyboard.type('月薪 5 万 × 15')

      await company.focus()
      expect(await tabsUntil(page, isSave, 80)).toBeLessThanOrEqual(SAVE_WITHIN)
      await expect(form.getByRole('button', { name: c.save })).toBeFocused()

      // The folded groups say what they hold while closed.
      await expect(form.getByText(c.answers, { exact: true })).toBeVisible()
      const flags = form.getByText(c.flagsNone, { exact: true }).last()
      await expect(flags).toBeVisible()
      const flag = form.getByRole('checkbox', { name: c.flag })
      await expect(flag).toBeHidden()

      // Opened from the keyboard, its boxes are Tab stops; one ticked is said on the line.
      await flags.focus()
      await page.keyboard.press('Enter')
      await expect(flag).toBeVisible()
      expect(
        await tabsUntil(
          page,
          () => document.activeElement?.getAttribute('value') === 'leaderboard-chasing',
          6,
        ),
      ).not.toBeNull()
      await page.keyboard.press('Space')
      await expect(flag).toBeChecked()
      await expect(form.getByText(c.flagsTicked, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)

      // Saved with Ctrl+Enter from Company: the offer keeps the flag, said on its closed line.
      await company.focus()
      await page.keyboard.press('Control+Enter')
      await expect(page).toHaveURL(/#\/offers\/(?!new)[^/]+$/)
      const saved = page.getByRole('form')
      await expect(saved.getByRole('status')).toHaveText(c.saved)
      await expect(saved.getByText(c.flagsTicked, { exact: true })).toBeVisible()
      // Closed, the box is out of the accessibility tree: found by its value.
      await expect(saved.locator('input[value="leaderboard-chasing"]')).toBeChecked()
      await expectNoAxeViolations(page)
    })
  })
}
