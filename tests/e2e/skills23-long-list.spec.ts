import { expect, test, type Page } from '@playwright/test'
import { profileExport } from '../helpers/profile-export'
import { expectNoAxeViolations } from './axe'

/**
 * A long-time user's 200 skills (trial 18, docs/user-trial.md): the list draws a page of rows
 * with a way to the rest, can be searched and sorted, and a save that moves a skill far down
 * the list leaves its focused edit button in view. In English and Chinese, light and dark. Words
 * spelled out as a user reads them.
 */
const CASES = [
  {
    locale: 'en-US',
    importFile: 'Import a file…',
    replace: 'Replace everything',
    confirmStart: /^Import “/,
    imported: 'Imported',
    list: 'Your skills',
    edit: 'Edit ',
    more: 'Show 40 more (160 not shown)',
    find: 'Find a skill',
    sort: 'Sort by',
    count: (shown: number) => `${String(shown)} of 200 skills`,
    levelNone: /^0 /,
    saved: /^Saved “/,
  },
  {
    locale: 'zh-CN',
    importFile: '导入文件…',
    replace: '全部替换',
    confirmStart: /^导入“/,
    imported: '导入结果',
    list: '你的技能',
    edit: '编辑 ',
    more: '再显示 40 项（还有 160 项未显示）',
    find: '查找技能',
    sort: '排序',
    count: (shown: number) => `${String(shown)} / 200 项技能`,
    levelNone: /^0 /,
    saved: /^已保存“/,
  },
] as const

type Case = (typeof CASES)[number]

/** 200 skills, named as an engineer lists them, each name once. */
function longProfile(): string {
  const document = JSON.parse(profileExport({ skills: 200, offers: 3, seed: 11 })) as {
    data: { skills: { name: string }[] }
  }
  document.data.skills.forEach((skill, index) => {
    skill.name = `Skill ${String(index + 1).padStart(3, '0')}`
  })
  return JSON.stringify(document)
}

async function importLong(page: Page, c: Case) {
  await page.goto('/#/settings')
  const button = page.getByRole('button', { name: c.importFile })
  const chooser = page.waitForEvent('filechooser')
  await button.click()
  await (
    await chooser
  ).setFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(longProfile(), 'utf8'),
  })
  await page
    .getByRole('group', { name: c.confirmStart })
    .getByRole('button', { name: c.replace })
    .click()
  await page.getByRole('table', { name: c.imported }).waitFor({ timeout: 60_000 })
}

const editButtons = (page: Page, c: Case) =>
  page.getByRole('list', { name: c.list, exact: true }).getByRole('button', {
    name: new RegExp(`^${c.edit}Skill \\d{3}$`),
  })

for (const c of CASES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`200 skills, ${c.locale}, ${colorScheme}`, () => {
      test.use({ locale: c.locale, colorScheme, viewport: { width: 1280, height: 900 } })
      test.setTimeout(120_000)

      test('a page of rows, search, sort, and focus in view after a save moves a skill', async ({
        page,
      }) => {
        await importLong(page, c)
        await page.goto('/#/skills')
        await expect(editButtons(page, c)).toHaveCount(40)
        await expect(page.getByText(c.count(200), { exact: true })).toBeVisible()
        await expectNoAxeViolations(page)

        // The first row moved to level 0 sorts to the end of its domain: far down the list.
        const first = editButtons(page, c).first()
        const name = (await first.getAttribute('aria-label')) ?? ''
        await first.click()
        const none = page.getByRole('radio', { name: c.levelNone })
        await none.check()
        await none.press('Enter')
        await expect(page.getByRole('status').filter({ hasText: c.saved })).toBeVisible()
        const moved = page.getByRole('button', { name, exact: true })
        await expect(moved).toBeFocused()
        // The list settles (the save's new order), then the focused button is on screen.
        await expect(editButtons(page, c).first()).not.toHaveAttribute('aria-label', name)
        await expect(moved).toBeInViewport({ ratio: 1 })

        // "Show more" adds 40 rows and focus lands on the first one added.
        await page.getByRole('button', { name: c.more }).click()
        await expect(editButtons(page, c)).toHaveCount(80)
        await expect(editButtons(page, c).nth(40)).toBeFocused()

        // The search and the sort are in the Tab order and say how many show.
        const find = page.getByRole('searchbox', { name: c.find })
        await find.focus()
        await page.keyboard.type('skill 19')
        await expect(page.getByText(c.count(10), { exact: true })).toBeVisible()
        await expect(editButtons(page, c)).toHaveCount(10)
        await page.keyboard.press('Tab')
        await expect(page.getByRole('combobox', { name: c.sort })).toBeFocused()
        await expectNoAxeViolations(page)
      })
    })
  }
}
