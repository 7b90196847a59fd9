import type { Page } from '@playwright/test'

/**
 * Puts `exportText` into the app as a user would: Settings → "Import a file…" → the file →
 * "Replace everything", until the results table shows (as tests/e2e/data-helpers.ts drives it).
 */
export async function importProfile(page: Page, exportText: string): Promise<void> {
  await page.goto('/#/settings')
  const importButton = page.getByRole('button', { name: 'Import a file…' })
  await importButton.waitFor()
  const chooser = page.waitForEvent('filechooser')
  await importButton.click()
  await (
    await chooser
  ).setFiles({
    name: 'tidemark-bench-profile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportText, 'utf8'),
  })
  const confirm = page.getByRole('group', { name: /^Import “/ })
  await confirm.getByRole('button', { name: 'Replace everything' }).click()
  await page.getByRole('table', { name: 'Imported' }).waitFor()
}

/** Opens the Skills screen and waits for the skill list and the assessment beside it. */
export async function openSkills(page: Page, skills: number): Promise<void> {
  await page.goto('/#/skills')
  await page
    .locator('ul.skill-list > li')
    .nth(skills - 1)
    .waitFor()
  await page.locator('.assessment-panel .assessment-score-value').waitFor()
  await page.locator('.assessment-panel .reason-list > li').first().waitFor()
}
