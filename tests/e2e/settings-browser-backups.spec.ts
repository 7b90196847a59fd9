import { expect, test } from '@playwright/test'

/**
 * Browser mode keeps no automatic backups, and Settings now says so where the desktop lists
 * them (new-user trial, medium: with storage persisted, nothing on the screen said that an
 * export was the only copy). In English and Simplified Chinese.
 */

const WORDS = {
  'en-US': {
    title: 'Automatic backups',
    text: 'Browser mode makes no automatic backups: an export is your copy. Export now and then, and keep the file somewhere other than this browser.',
  },
  'zh-CN': {
    title: '自动备份',
    text: '浏览器模式不会自动备份：导出的文件就是你的备份。请不时导出一份，并保存在这个浏览器以外的地方。',
  },
} as const

for (const locale of ['en-US', 'zh-CN'] as const) {
  test(`Settings says browser mode makes no backups, storage persisted, ${locale}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale })
    // As in the trial's profile: the browser promised to keep the data, so the "may clear it"
    // hint and its export line are not shown.
    await context.addInitScript(() => {
      Object.defineProperty(StorageManager.prototype, 'persisted', {
        value: () => Promise.resolve(true),
      })
    })
    const page = await context.newPage()
    await page.goto('/#/settings')
    const panel = page.getByTestId('no-backups')
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(WORDS[locale].title)
    await expect(panel.getByText(WORDS[locale].text)).toBeVisible()
    await expect(page.getByTestId('storage-export-hint')).toHaveCount(0)
    await context.close()
  })
}
