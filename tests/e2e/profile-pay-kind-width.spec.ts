import { expect, test } from '@playwright/test'

/**
 * Trial 16: at 1024 px the profile's "Stated as" select read "Monthly pay × mon", its column
 * narrower than its longest option. Each select of that row is at least as wide as its option.
 */
for (const [locale, label] of [
  ['en-US', 'Stated as'],
  ['zh-CN', '薪资写法'],
] as const) {
  test(`the pay's "Stated as" shows its whole option at 1024 px (${locale})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1024, height: 800 } })
    const page = await context.newPage()
    await page.goto('/#/skills')
    const select = page.getByLabel(label, { exact: true })
    await select.selectOption('monthly')
    const room = await select.evaluate((element: HTMLSelectElement) => {
      const style = getComputedStyle(element)
      const context2d = document.createElement('canvas').getContext('2d')
      if (!context2d) return Number.NaN
      context2d.font = `${style.fontSize} ${style.fontFamily}`
      const text = element.selectedOptions[0]?.textContent ?? ''
      // The text's width, the padding, and about 1.5em for the arrow.
      const needed =
        context2d.measureText(text).width +
        parseFloat(style.paddingLeft) +
        parseFloat(style.paddingRight) +
        1.5 * parseFloat(style.fontSize)
      return element.clientWidth - needed
    })
    expect(room).toBeGreaterThanOrEqual(0)
    await context.close()
  })
}
