import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { EN, importThroughUi, jsonFile, ZH } from './data-helpers'

/**
 * The done goals read the latest done first (doneAt), where they were sorted by target date: a
 * goal done today went below one aimed at 2031 and done long ago. A goal done before the day was
 * stored (here from an import) has none and goes last, saying its target date. In English
 * (light) and in Simplified Chinese (dark), axe clean.
 */

/** An export (version 6) of two done goals: one done on Nov 2, one from before doneAt. */
const goalsFile = JSON.stringify({
  format: 'tidemark',
  version: 6,
  exportedAt: '2026-12-03T16:00:00.000Z',
  app: { name: 'Tidemark', version: '0.1.0' },
  data: {
    settings: null,
    profile: null,
    skills: [],
    skillSnapshots: [],
    offers: [],
    journal: [],
    goals: [
      {
        id: '5b2a0f4e-0000-4000-8000-000000000001',
        createdAt: '2026-01-10T08:00:00.000Z',
        updatedAt: '2026-03-01T08:00:00.000Z',
        title: 'Read the vLLM paper',
        targetDate: '2031-12-31',
        skillIds: [],
        done: true,
      },
      {
        id: '5b2a0f4e-0000-4000-8000-000000000002',
        createdAt: '2026-09-01T08:00:00.000Z',
        updatedAt: '2026-11-02T09:00:00.000Z',
        title: 'Give a talk on serving',
        targetDate: '2026-06-30',
        skillIds: [],
        done: true,
        doneAt: '2026-11-02T09:00:00.000Z',
      },
    ],
    engineSettings: null,
    rulesetOverrides: null,
  },
})

const CASES = [
  {
    words: EN,
    locale: 'en-US',
    colorScheme: 'light',
    add: 'Add a goal',
    title: 'Goal',
    date: 'Target date',
    save: 'Save goal',
    markDone: 'Mark done: “Learn Triton”',
    doneList: 'Done',
    doneOn: (day: string) => `Done on ${day}`,
    undated: 'Target date Dec 31, 2031',
  },
  {
    words: ZH,
    locale: 'zh-CN',
    colorScheme: 'dark',
    add: '添加目标',
    title: '目标',
    date: '截止日期',
    save: '保存目标',
    markDone: '标记完成：“Learn Triton”',
    doneList: '已完成',
    doneOn: (day: string) => `${day}完成`,
    undated: /2031年12月31日/,
  },
] as const

for (const c of CASES) {
  test.describe(`the done goals' order in ${c.locale}`, () => {
    test.use({
      locale: c.locale,
      colorScheme: c.colorScheme,
      viewport: { width: 1280, height: 900 },
    })

    test('the latest done first; one done before the day was kept, last', async ({ page }) => {
      test.setTimeout(60_000)
      await page.goto('/#/settings')
      await expect(page.locator('main h1')).toBeVisible()
      await importThroughUi(page, jsonFile('goals.json', goalsFile), 'replace', c.words)

      await page.goto('/#/journal/goals')
      await page.getByRole('button', { name: c.add }).click()
      const form = page.locator('main form')
      await form.getByLabel(c.title, { exact: true }).fill('Learn Triton')
      await form.getByLabel(c.date, { exact: true }).fill('2027-03-01')
      await form.getByRole('button', { name: c.save }).click()
      await page.getByRole('button', { name: c.markDone }).click()

      const done = page.getByRole('list', { name: c.doneList, exact: true })
      const items = done.getByTestId('goal-item')
      // By target date this was vLLM (2031), Triton (2027), the talk (2026).
      await expect(items).toHaveCount(3)
      const titles = () => items.locator('.goal-title').allTextContents()
      await expect
        .poll(titles)
        .toEqual(['Learn Triton', 'Give a talk on serving', 'Read the vLLM paper'])
      const today = await page.evaluate(
        (language) =>
          new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' }).format(new Date()),
        c.words.lang,
      )
      await expect(items.nth(0).locator('.goal-due')).toHaveText(c.doneOn(today))
      await expect(items.nth(2).locator('.goal-due')).toHaveText(c.undated)
      await expectNoAxeViolations(page)
    })
  })
}
