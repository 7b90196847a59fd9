import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Nineteenth trial: a date typed into a date field that does not exist (02/30/2026, 2月30日) or
 * is half typed gave the value '', as an empty field does, so each form said what it says for an
 * empty date (or, for an optional one, saved none and said nothing). Chromium sets the input's
 * validity.badInput for it, which renderer/ui/form/date-input.ts reads for every form: here it
 * is typed for real into each form's date field, in English and Chinese, and the page is axe
 * clean with the sentence showing.
 */
const CASES = [
  {
    locale: 'en-US',
    sentence: 'This date does not exist or is not complete: check the day, month and year.',
    timelineSentence: 'This date does not exist or is not complete, so the list ignores it.',
    entryDate: 'Date',
    entryTitle: 'Title',
    addGoal: 'Add a goal',
    goalTitle: 'Goal',
    goalDate: 'Target date',
    saveGoal: 'Save goal',
    filters: /^Filters/,
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
    from: 'From',
    deadline: 'Answer by',
    saveOffer: 'Save offer',
    addSkill: 'Add a skill',
    lastUsed: 'Last used',
  },
  {
    locale: 'zh-CN',
    sentence: '这个日期不存在或没有填完整，请检查年、月、日。',
    timelineSentence: '这个日期不存在或没有填完整，列表暂不按它筛选。',
    entryDate: '日期',
    entryTitle: '标题',
    addGoal: '添加目标',
    goalTitle: '目标',
    goalDate: '截止日期',
    saveGoal: '保存目标',
    filters: /^筛选/,
    loadSample: '载入示例',
    loaded: '示例已载入',
    from: '起始日期',
    deadline: '答复期限',
    saveOffer: '保存 offer',
    addSkill: '添加技能',
    lastUsed: '最近使用',
  },
] as const

/** Types 02/30/2026 segment by segment (month, day, year: Chromium's order in both locales). */
async function typeImpossibleDate(input: Locator): Promise<void> {
  await input.focus()
  await input.page().keyboard.type('02302026')
  // What the browser makes of it: no value, as an empty field, but a bad input.
  expect(await input.inputValue()).toBe('')
  expect(await input.evaluate((element: HTMLInputElement) => element.validity.badInput)).toBe(true)
}

async function expectSaid(page: Page, input: Locator, sentence: string): Promise<void> {
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('main').getByText(sentence, { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
}

for (const c of CASES) {
  test.describe(`an impossible date in ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 900 } })

    test('the journal entry says it when the date is left', async ({ page }) => {
      await page.goto('/#/journal/new')
      const date = page.getByLabel(c.entryDate, { exact: true })
      await typeImpossibleDate(date)
      await page.getByLabel(c.entryTitle, { exact: true }).click()
      await expectSaid(page, date, c.sentence)
    })

    test('a goal says it at Save', async ({ page }) => {
      await page.goto('/#/journal/goals')
      await page.getByRole('button', { name: c.addGoal }).click()
      const form = page.locator('main form')
      await form.getByLabel(c.goalTitle, { exact: true }).fill('Ship the eval harness')
      const date = form.getByLabel(c.goalDate, { exact: true })
      await typeImpossibleDate(date)
      await form.getByRole('button', { name: c.saveGoal }).click()
      await expectSaid(page, date, c.sentence)
    })

    test('the timeline’s date range says it under the box', async ({ page }) => {
      // The filters show over a journal with entries: the sample's.
      await page.goto('/#/')
      await page.getByRole('button', { name: c.loadSample }).click()
      await expect(page.getByText(c.loaded)).toBeVisible({ timeout: 20_000 })
      await page.goto('/#/journal')
      const from = page.getByLabel(c.from, { exact: true })
      if (!(await from.isVisible())) await page.getByRole('button', { name: c.filters }).click()
      await typeImpossibleDate(from)
      await from.blur()
      await expectSaid(page, from, c.timelineSentence)
    })

    test('an offer’s answer-by date says it at Save', async ({ page }) => {
      await page.goto('/#/offers/new')
      const deadline = page.getByLabel(c.deadline, { exact: true })
      await typeImpossibleDate(deadline)
      await page.getByRole('button', { name: c.saveOffer }).click()
      await expectSaid(page, deadline, c.sentence)
    })

    test('a skill’s last-used date says it at Save', async ({ page }) => {
      await page.goto('/#/skills')
      await page.getByRole('button', { name: c.addSkill }).first().click()
      const lastUsed = page.getByLabel(c.lastUsed, { exact: true })
      await typeImpossibleDate(lastUsed)
      await lastUsed.press('Enter')
      await expectSaid(page, lastUsed, c.sentence)
    })
  })
}
