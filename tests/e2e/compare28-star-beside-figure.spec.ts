import { expect, test } from '@playwright/test'

/**
 * Trial 21 #1: the ★ sat in its cell's left padding, a few pixels from the previous column's
 * right-aligned figure and ~180 px from its own: "96万–112万 ★ 88万" read as marking the offer to
 * decline. It sits right after the figure it marks, inside that figure's cell, at the widths the
 * comparison is laid out for.
 */
for (const { locale, loadSample, loaded, width } of [
  { locale: 'zh-CN', loadSample: '载入示例', loaded: '示例已载入', width: 1440 },
  { locale: 'en-US', loadSample: 'Load the sample', loaded: 'The sample is loaded', width: 1024 },
  { locale: 'zh-CN', loadSample: '载入示例', loaded: '示例已载入', width: 900 },
]) {
  test.describe(`${locale}, ${String(width)} px`, () => {
    test.use({ locale })
    test(`each ★ stands right after its own figure, ${locale} at ${String(width)} px`, async ({
      page,
    }) => {
      test.setTimeout(60_000)
      await page.setViewportSize({ width, height: 900 })
      await page.goto('/#/dashboard')
      await page.getByRole('button', { name: loadSample }).click()
      await expect(page.getByText(loaded)).toBeVisible({ timeout: 20_000 })
      await page.goto('/#/offers')
      const stars = page.locator('.compare-table td[data-best] .compare-best')
      await expect(stars.first()).toBeVisible()
      const placements = await stars.evaluateAll((found) =>
        found.map((star) => {
          const cell = star.closest('td')
          const figure = cell?.querySelector('.compare-value')
          const previous = cell?.previousElementSibling
          if (!cell || !figure || !previous) return null
          const s = star.getBoundingClientRect()
          const f = figure.getBoundingClientRect()
          const c = cell.getBoundingClientRect()
          const range = document.createRange()
          range.selectNodeContents(figure)
          const text = range.getBoundingClientRect()
          return {
            inCell: s.left >= c.left && s.right <= c.right,
            gapToOwnFigure: s.left - text.right,
            sameLine: Math.abs(s.top - f.top) < f.height,
            gapToPreviousCell: s.left - previous.getBoundingClientRect().right,
          }
        }),
      )
      expect(placements.length).toBeGreaterThan(3)
      for (const placement of placements) {
        expect(placement).not.toBeNull()
        expect(placement?.inCell).toBe(true)
        expect(placement?.sameLine).toBe(true)
        // Right after its figure (within a few px), and well clear of the previous column.
        expect(placement?.gapToOwnFigure).toBeGreaterThanOrEqual(-1)
        expect(placement?.gapToOwnFigure).toBeLessThan(12)
        expect(placement?.gapToPreviousCell).toBeGreaterThan(40)
      }
    })
  })
}
