import { expect, test } from '@playwright/test'

/**
 * Session 28: typing 92 for HKD (a bank's yuan per 100) drew the refusal inside the rate's
 * field, which widened the input from 218 to 512 px and dropped "Save rate" from beside it to
 * below it (y 760 → 851); and even before, the button sat 16 px below the input (the field's
 * margin counted in the row's alignment). The button stays beside the input, level with it, and
 * neither moves when the refusal shows, at 1280 px in both languages.
 */
for (const { locale, currency, rate, save, refusal } of [
  {
    locale: 'en-US',
    currency: 'Currency',
    rate: 'Yuan for 1 HKD',
    save: 'Save rate',
    refusal: /^1 HKD is about 0\.92 yuan; 92 is far from that/,
  },
  {
    locale: 'zh-CN',
    currency: '币种',
    rate: '1 HKD 合多少元',
    save: '保存汇率',
    refusal: /^1 HKD 约合 0\.92 元，92 与此相差太远/,
  },
]) {
  test.describe(locale, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } })
    test(`"Save rate" stays beside the rate, level with it, when 92 for HKD is refused (${locale}, 1280 px)`, async ({
      page,
    }) => {
      await page.goto('/#/offers/new')
      const form = page.getByRole('form')
      await form.getByLabel(currency, { exact: true }).selectOption('HKD')
      const input = form.getByLabel(rate, { exact: true })
      const button = form.getByRole('button', { name: save })
      await expect(input).toBeVisible()

      // Positions relative to the rate's own block (its label and row come first in it), so that
      // neither a scroll nor a change above it (the form turning into a draft) is a move.
      const boxOf = (element: typeof input) =>
        element.evaluate((node) => {
          const box = node.getBoundingClientRect()
          const block = node.closest('.rate-field')?.getBoundingClientRect()
          if (!block) throw new Error('no .rate-field around the rate')
          return {
            left: box.left - block.left,
            top: box.top - block.top,
            right: box.right - block.left,
            bottom: box.bottom - block.top,
            width: box.width,
          }
        })
      const place = async () => ({ input: await boxOf(input), button: await boxOf(button) })
      type Place = Awaited<ReturnType<typeof place>>
      const level = ({ input: field, button: saveButton }: Place, when: string) => {
        // Beside: to the right of the input, on its line, a small gap between.
        expect(saveButton.left - field.right, `gap, ${when}`).toBeGreaterThan(0)
        expect(saveButton.left - field.right, `gap, ${when}`).toBeLessThan(24)
        // Aligned: top and bottom edges within a pixel.
        expect(Math.abs(saveButton.top - field.top), `tops, ${when}`).toBeLessThanOrEqual(1)
        expect(Math.abs(saveButton.bottom - field.bottom), `bottoms, ${when}`).toBeLessThanOrEqual(
          1,
        )
      }

      await input.fill('92')
      const before = await place()
      level(before, 'before the refusal')

      await button.click()
      const refused = form.getByText(refusal)
      await expect(refused).toBeVisible()
      await expect(input).toHaveAttribute('aria-invalid', 'true')

      const after = await place()
      level(after, 'with the refusal')
      // Neither moved nor grew.
      for (const name of ['input', 'button'] as const) {
        for (const edge of ['top', 'left', 'width'] as const) {
          expect(
            Math.abs(after[name][edge] - before[name][edge]),
            `${name} ${edge}`,
          ).toBeLessThanOrEqual(1)
        }
      }
      // The refusal is below the row, not between the input and the button.
      const words = await refused.boundingBox()
      const row = await button.boundingBox()
      expect(words && row && words.y >= row.y + row.height).toBe(true)
    })
  })
}
