import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * Review 23 M5: a title and a tag typed, then Save clicked with the mouse. Save's mousedown
 * blurred the tag box, the blur made the tag a chip, the new chip row pushed Save 33 px down and
 * the mouseup landed beside it: no click, nothing saved and nothing said. One click saves, with
 * the tag. happy-dom has no layout, so only Chromium shows it. Words spelled as a user reads them.
 */
const LANGUAGES = [
  { locale: 'en-US', newEntry: 'New entry', title: 'Title', tags: 'Tags', save: 'Save' },
  { locale: 'zh-CN', newEntry: '新建记录', title: '标题', tags: '标签', save: '保存' },
] as const

for (const words of LANGUAGES) {
  test.describe(words.locale, () => {
    test.use({ locale: words.locale })

    test('one mouse click on Save saves the entry with the tag still typed', async ({ page }) => {
      await page.goto('/#/journal/new')
      const form = page.getByRole('form', { name: words.newEntry })
      await expect(form).toBeVisible()
      const title = `Clicked ${words.locale}`
      await form.getByRole('textbox', { name: words.title, exact: true }).fill(title)
      await form.getByRole('combobox', { name: words.tags, exact: true }).fill('rag')
      // No chips yet: the row appearing between mousedown and mouseup is what moved Save.
      await expect(form.getByRole('list', { name: words.tags, exact: true })).toHaveCount(0)
      const save = form.getByRole('button', { name: words.save, exact: true })
      await save.click()
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible()
      await expect(page).toHaveURL(/#\/journal\/[^/?]+$/)
      await expect(page.getByRole('link', { name: 'rag', exact: true })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
}
