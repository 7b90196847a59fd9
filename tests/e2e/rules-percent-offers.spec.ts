import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

/**
 * The Rules screen with the sample loaded, in the browser: a raise band is typed in percent
 * (it took the fraction: 0.3 beside "+30%"), a bad value is refused in the UI's words, and the
 * bar names the sample's offers whose advice the draft changes. axe finds nothing, edited and
 * refused. In English and Simplified Chinese.
 */
const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    loadSample: 'Load the sample',
    loaded: 'The sample is loaded',
    raiseLow: 'Premium (≈1M+): raise from',
    changed: /the advice on \d+ of your offers changes/,
    flip: /: Accept → Negotiate$/,
    notAPercent: 'Enter a percentage: a number such as 40 for 40%.',
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    loadSample: '载入示例',
    loaded: '示例已载入',
    raiseLow: '百万档：涨幅下限',
    changed: /你有 \d+ 份 offer 的建议会改变/,
    flip: /：接受 → 谈条件$/,
    notAPercent: '请输入百分数：一个数字，例如 40 即 40%。',
  },
] as const

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

// The sample's load and two axe runs take most of the default 30 s on a loaded machine.
test.setTimeout(90_000)

for (const language of LANGUAGES) {
  test(`raise bands in percent, and the offers a draft flips, ${language.name}`, async ({
    page,
  }) => {
    await page.addInitScript(overrideLanguages, language.languages)
    await page.goto('/#/dashboard')
    await page.getByRole('button', { name: language.loadSample }).click()
    await expect(page.getByText(language.loaded)).toBeVisible({ timeout: 20_000 })
    await page.goto('/#/rules')

    const raiseLow = page.getByLabel(language.raiseLow, { exact: true })
    await expect(raiseLow).toHaveValue('30')
    const offers = page.locator('.rules-preview-offers')
    await expect(offers).toHaveText('')

    await raiseLow.fill('80')
    await expect(offers.locator('p')).toHaveText(language.changed)
    const flips = offers.locator('li')
    expect(await flips.count()).toBeGreaterThan(0)
    for (const line of await flips.allTextContents()) expect(line).toMatch(language.flip)
    await expectNoAxeViolations(page)

    await raiseLow.fill('abc')
    await expect(page.locator('.rules-issue-summary li')).toHaveText(
      `${language.raiseLow}${language.name === 'en' ? ': ' : '：'}${language.notAPercent}`,
    )
    await expectNoAxeViolations(page)
  })
}
