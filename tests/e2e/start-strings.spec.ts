import { expect, test, type Page } from '@playwright/test'

// Each language's strings are a chunk of their own; main.tsx fetches one as the start begins,
// before the settings are read. It guesses from the language the interface last showed, so a
// system in one language with the other chosen in Settings no longer fetches both at each start
// (~35 kB gzip of strings parsed for nothing).

/** The strings chunks (assets/en-<hash>.js, assets/zh-CN-<hash>.js) this page has loaded. */
async function stringsLoaded(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle')
  const names = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  )
  return names.flatMap((name) => /\/assets\/(en|zh-CN)-[\w-]{8}\.js$/.exec(name)?.[1] ?? [])
}

const cases = [
  {
    system: 'zh-CN',
    chosen: 'en',
    settingsBefore: '设置',
    languageLabel: '语言',
    settingsAfter: 'Settings',
    sections: 'Sections',
  },
  {
    system: 'en-US',
    chosen: 'zh-CN',
    settingsBefore: 'Settings',
    languageLabel: 'Language',
    settingsAfter: '设置',
    sections: '栏目',
  },
] as const

for (const words of cases) {
  test.describe(`a ${words.system} system with ${words.chosen} chosen in Settings`, () => {
    test.use({ locale: words.system })

    test('the next start fetches only the chosen language’s strings', async ({ context }) => {
      const settings = await context.newPage()
      await settings.goto('/#/settings')
      await expect(
        settings.getByRole('heading', { level: 1, name: words.settingsBefore }),
      ).toBeVisible()
      await settings.getByLabel(words.languageLabel).selectOption(words.chosen)
      await expect(
        settings.getByRole('heading', { level: 1, name: words.settingsAfter }),
      ).toBeVisible()
      await settings.close()

      // A new start of the app (a new tab: the same storage, a new page).
      const next = await context.newPage()
      await next.goto('/#/journal')
      await expect(next.getByRole('navigation', { name: words.sections })).toBeVisible()
      await expect(next.locator('html')).toHaveAttribute('lang', words.chosen)
      expect(await stringsLoaded(next)).toEqual([words.chosen])
    })
  })
}
