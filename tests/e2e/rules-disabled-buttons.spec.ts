import { expect, test, type Page } from '@playwright/test'

/**
 * The Rules screen's Save and Discard, both disabled with nothing changed: "Discard" kept the
 * body text at opacity 0.6 and looked enabled beside a greyed "Save changes" (new-user trial).
 * Disabled, the two now look alike, muted and still legible (4.5:1 against the bar), and
 * unlike an enabled button. In English and Simplified Chinese, light and dark.
 */

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

/** Each button's text colour as drawn (its alpha and opacity applied over the bar), the bar's. */
function barButtons(page: Page) {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number)
    const bar = document.querySelector('.rules-bar')
    if (!(bar instanceof HTMLElement)) throw new Error('no bar')
    const [br = 0, bg = 0, bb = 0] = rgb(getComputedStyle(bar).backgroundColor)
    return [...bar.querySelectorAll<HTMLButtonElement>('.rules-bar-actions button')].map(
      (button) => {
        const style = getComputedStyle(button)
        const [r = 0, g = 0, b = 0, a = 1] = rgb(style.color)
        const alpha = a * Number(style.opacity)
        const under = [br, bg, bb]
        const drawn = [r, g, b].map((c, i) => c * alpha + (under[i] ?? 0) * (1 - alpha))
        return {
          text: button.textContent,
          disabled: button.disabled,
          drawn: drawn.map(Math.round),
          background: [br, bg, bb],
        }
      },
    )
  })
}

function contrast(one: number[], two: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((c) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [high = 0, low = 0] = [luminance(one), luminance(two)].sort((a, b) => b - a)
  return (high + 0.05) / (low + 0.05)
}

for (const language of [
  { name: 'en', languages: ['en-US', 'en'], title: 'Rules', classS: 'Class S: points at level 4' },
  { name: 'zh-CN', languages: ['zh-CN', 'zh'], title: '规则', classS: 'S 类：4 级分值' },
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`disabled Save and Discard look alike and legible, ${language.name}, ${scheme}`, async ({
      page,
    }) => {
      await page.addInitScript(overrideLanguages, language.languages)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/#/rules')
      await expect(page.getByRole('heading', { level: 1, name: language.title })).toBeVisible()
      const [save, discard] = await barButtons(page)
      if (!save || !discard) throw new Error('no Save and Discard in the bar')
      expect(save.disabled && discard.disabled).toBe(true)
      expect(discard.drawn).toEqual(save.drawn)
      expect(contrast(discard.drawn, discard.background)).toBeGreaterThanOrEqual(4.5)

      // Enabled, Discard reads in the body colour: disabled is visibly not that.
      await page.getByLabel(language.classS).fill('60')
      const [, enabled] = await barButtons(page)
      expect(enabled?.disabled).toBe(false)
      expect(enabled?.drawn).not.toEqual(discard.drawn)
    })
  }
}
