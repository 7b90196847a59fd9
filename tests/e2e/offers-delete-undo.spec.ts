import { expect, test } from '@playwright/test'

/**
 * Deleting an offer had no Undo (trial 14 M3), where skills and journal entries offer one. The
 * offers screen says "Deleted …" with Undo focused (the offer's page, which had the focus, is
 * gone); Enter puts the offer back, and focus moves to its link. In English and Chinese, on
 * the sample's LLM startup offer.
 */
const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
    delete: 'Delete offer',
    yes: 'Delete',
    deleted: 'Deleted the offer from An LLM startup.',
    undo: 'Undo',
    restored: 'Restored the offer from An LLM startup.',
    open: 'Open it',
    company: 'An LLM startup',
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    loadSample: '载入示例',
    loaded: '示例已载入',
    delete: '删除 offer',
    yes: '删除',
    deleted: '已删除 某大模型创业公司 的 offer。',
    undo: '撤销',
    restored: '已恢复 某大模型创业公司 的 offer。',
    open: '查看',
    company: '某大模型创业公司',
  },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

for (const language of LANGUAGES) {
  test(`deleting an offer offers Undo, focused, and Undo puts it back, ${language.name}`, async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await page.addInitScript(overrideLanguages, language.languages)
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded).first()).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/offers/sample-o-four-steps')
    await page.getByRole('button', { name: language.delete }).click()
    await page.getByRole('button', { name: language.yes, exact: true }).click()

    const status = page.getByRole('status').filter({ hasText: language.deleted })
    await expect(status).toBeVisible()
    const undo = status.getByRole('button', { name: new RegExp(language.undo) })
    await expect(undo).toBeFocused()
    await expect(page).toHaveURL(/#\/offers$/)
    await expect(page.getByRole('link', { name: language.company, exact: true })).toHaveCount(0)

    await page.keyboard.press('Enter')
    const restored = page.getByRole('status').filter({ hasText: language.restored })
    await expect(restored).toBeVisible()
    await expect(restored.getByRole('link', { name: language.open })).toBeFocused()
    await expect(page.getByRole('link', { name: language.company, exact: true })).not.toHaveCount(0)
  })
}
