import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Review D-1: Chromium's date field takes a year of up to six digits. With 61202 in a skill's
 * "last used" date, Enter saved nothing and said nothing; a journal entry's date said only the
 * sentence for a date left out, and a goal's "Enter the target date.". Each now names the years
 * it allows, as the offer's answer-by date does (offer-deadline-five-digit-year.spec.ts).
 */
const year = new Date().getFullYear()
const CASES = [
  {
    locale: 'en-US',
    addSkill: 'Add a skill',
    lastUsed: 'Last used',
    skillRange: 'Choose a date from 1950 to today (a skill is last used in the past).',
    entryDate: 'Date',
    entryTitle: 'Title',
    entryRange: `Choose a date from 1950 to ${String(year + 1)} (a year outside that is likely a typo).`,
    addGoal: 'Add a goal',
    goalTitle: 'Goal',
    goalDate: 'Target date',
    saveGoal: 'Save goal',
    goalRange:
      'Choose a date from 1950 to ten years from now (a year outside that is likely a typo).',
  },
  {
    locale: 'zh-CN',
    addSkill: '添加技能',
    lastUsed: '最近使用',
    skillRange: '日期须在 1950 年至今天之间（最近使用的日期不会在将来）。',
    entryDate: '日期',
    entryTitle: '标题',
    entryRange: `日期须在 1950 年至 ${String(year + 1)} 年之间（超出这个范围的年份多半是输错了）。`,
    addGoal: '添加目标',
    goalTitle: '目标',
    goalDate: '截止日期',
    saveGoal: '保存目标',
    goalRange: '日期须在 1950 年至十年后之间（超出这个范围的年份多半是输错了）。',
  },
] as const

/**
 * Month, day, then the year's segment, which takes up to six digits where the box has no `max`
 * (a goal's). Where it has one of four digits (a skill's today, an entry's end of next year)
 * Chromium's year segment keeps four digits as they are typed, so the text is set as a script
 * or a restored value would set it: the form's check must hold whatever the box gives.
 */
async function typeFiveDigitYear(input: Locator): Promise<void> {
  const max = await input.getAttribute('max')
  if (max === null) {
    await input.focus()
    await input.page().keyboard.type('0115')
    await input.page().keyboard.type('61202')
  } else {
    await input.fill('61202-01-15')
  }
  expect(await input.inputValue()).toBe('61202-01-15')
}

async function expectSaid(page: Page, input: Locator, sentence: string): Promise<void> {
  await expect(input).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('main').getByText(sentence, { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
}

for (const c of CASES) {
  test.describe(`a five-digit year in ${c.locale}`, () => {
    test.use({ locale: c.locale, viewport: { width: 1280, height: 900 } })

    test('a skill’s last-used date names the years allowed at Enter', async ({ page }) => {
      await page.goto('/#/skills')
      await page.getByRole('button', { name: c.addSkill }).first().click()
      const lastUsed = page.getByLabel(c.lastUsed, { exact: true })
      await typeFiveDigitYear(lastUsed)
      await lastUsed.press('Enter')
      await expectSaid(page, lastUsed, c.skillRange)
    })

    test('a journal entry’s date names the years allowed when left', async ({ page }) => {
      await page.goto('/#/journal/new')
      const date = page.getByLabel(c.entryDate, { exact: true })
      await typeFiveDigitYear(date)
      await page.getByLabel(c.entryTitle, { exact: true }).click()
      await expectSaid(page, date, c.entryRange)
    })

    test('a goal’s target date names the years allowed at Save', async ({ page }) => {
      await page.goto('/#/journal/goals')
      await page.getByRole('button', { name: c.addGoal }).click()
      const form = page.locator('main form')
      await form.getByLabel(c.goalTitle, { exact: true }).fill('Ship the eval harness')
      const date = form.getByLabel(c.goalDate, { exact: true })
      await typeFiveDigitYear(date)
      await form.getByRole('button', { name: c.saveGoal }).click()
      await expectSaid(page, date, c.goalRange)
    })
  })
}
