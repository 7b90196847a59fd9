import { expect, test, type Page } from '@playwright/test'

/**
 * The Rules screen by keyboard, in Chromium (new-user trial 32): after Save changes, Discard and
 * a field's Reset focus fell to the page's body (#2); Ctrl+Enter saved nothing (#3); a focused
 * Reset's ring drew over the value beside it (#5).
 */

function overrideLanguages(languages: readonly string[]) {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => languages })
  Object.defineProperty(Navigator.prototype, 'language', { get: () => languages[0] })
}

const LANGUAGES = [
  {
    name: 'en',
    languages: ['en-US', 'en'],
    title: 'Rules',
    classS: 'Class S: points at level 4',
    factor: /^Level 2 \(.*\): factor$/,
    save: 'Save changes',
    discard: 'Discard',
    saved: 'Saved. Your score was recorded again with these rules.',
    discarded: 'Changes discarded.',
    reset: 'Reset “Class S: points at level 4” to 50',
    resetFactor: /^Reset “Level 2 \(.*\): factor” to 0\.4$/,
  },
  {
    name: 'zh-CN',
    languages: ['zh-CN', 'zh'],
    title: '规则',
    classS: 'S 类：4 级分值',
    factor: '2 级（会用）：系数',
    save: '保存修改',
    discard: '放弃修改',
    saved: '已保存。已按这些规则重新记录你的得分。',
    discarded: '已放弃修改。',
    reset: '把“S 类：4 级分值”恢复为 50',
    resetFactor: '把“2 级（会用）：系数”恢复为 0.4',
  },
] as const

async function open(page: Page, languages: readonly string[], title: string) {
  await page.addInitScript(overrideLanguages, languages)
  await page.goto('/#/rules')
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** The focused element: the bar's status line, or an input by its id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'body'
    if (element.matches('.rules-bar [role=status]')) return `status: ${element.textContent}`
    return `${element.tagName.toLowerCase()}#${element.id}`
  })

for (const language of LANGUAGES) {
  test(`focus after Save, Discard and Reset, and Ctrl+Enter saves, ${language.name}`, async ({
    page,
  }) => {
    await open(page, language.languages, language.title)
    const points = page.getByLabel(language.classS, { exact: true })
    const pointsId = await points.getAttribute('id')

    await points.fill('60')
    await page.getByRole('button', { name: language.save }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe(`status: ${language.saved}`)

    await points.fill('70')
    await page.getByRole('button', { name: language.discard }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toBe(`status: ${language.discarded}`)

    await page.getByRole('button', { name: language.reset }).focus()
    await page.keyboard.press('Enter')
    await expect(points).toHaveValue('50')
    await expect.poll(() => focused(page)).toBe(`input#${pointsId ?? ''}`)

    // Ctrl+Enter in the field saves; the field keeps focus.
    await page.keyboard.press('Control+Enter')
    await expect(page.locator('.rules-bar [role=status]')).toHaveText(language.saved)
    await expect(page.getByRole('button', { name: language.save })).toBeDisabled()
    expect(await focused(page)).toBe(`input#${pointsId ?? ''}`)
  })

  for (const width of [1280, 1024]) {
    test(`a focused Reset's ring keeps off the value beside it, ${language.name}, ${String(width)}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 })
      await open(page, language.languages, language.title)
      await page.getByLabel(language.factor, { exact: true }).fill('0.5')
      const reset = page.getByRole('button', { name: language.resetFactor })
      // By Tab from the field, as a keyboard user reaches it (the ring is :focus-visible's).
      await page.keyboard.press('Tab')
      await expect(reset).toBeFocused()
      const gap = await reset.evaluate((button) => {
        const style = getComputedStyle(button)
        const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
        const box = button.getBoundingClientRect()
        const note = button.parentElement
        if (!note) throw new Error('no note')
        // The glyphs of the note's text before the link (its spaces draw nothing).
        const rects: DOMRect[] = []
        for (const node of note.childNodes) {
          if (node === button) break
          const length = (node.textContent ?? '').trimEnd().length
          if (node.nodeType !== Node.TEXT_NODE || length === 0) continue
          const range = document.createRange()
          range.setStart(node, 0)
          range.setEnd(node, length)
          rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0))
        }
        // On the link's own line (a line above may wrap over it: its descent is no glyph).
        const middle = (rect: DOMRect) => (rect.top + rect.bottom) / 2
        const overlaps = rects.filter(
          (rect) =>
            middle(rect) > box.top &&
            middle(rect) < box.bottom &&
            rect.right > box.left - ring &&
            rect.left < box.right + ring,
        )
        const last = rects.at(-1)
        return { ring, overlaps: overlaps.length, room: last ? box.left - ring - last.right : 99 }
      })
      expect(gap.ring).toBeGreaterThan(0)
      expect(gap.overlaps, JSON.stringify(gap)).toBe(0)
    })
  }
}
