// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

const CSS = readFileSync('renderer/ui/screens/offers/verdict/offer-verdict.css', 'utf8')

/** The declarations of one rule in the stylesheet, by its exact selector. */
function rule(selector: string): string {
  const at = CSS.indexOf(`\n${selector} {`)
  if (at < 0) throw new Error(`no rule ${selector}`)
  return CSS.slice(at, CSS.indexOf('}', at))
}

/**
 * New-user trial 14: "No verdict yet" sat in a box with the notes' 1 px accent border on a
 * tinted ground, which read as a focus ring. It is drawn as the app's quiet waiting box is
 * (the offer form's "counted" box while it waits): a dashed border in the border colour, muted
 * words, no tint; in both themes, since the colours are the palette's light-dark() ones.
 */
describe('the verdict before there is one', () => {
  for (const [language, words] of [
    ['en', 'No verdict yet'],
    ['zh-CN', '还没有结论'],
  ] as const) {
    it(`is a quiet box, not a note with an accent border (${language})`, async () => {
      const { container } = await renderVerdict(storedPersona('p1'), 'no-such-offer', language)
      const box = container.querySelector('.offer-verdict > p')
      expect(box?.textContent).toContain(words)
      expect(box?.className).toBe('verdict-empty')
    })
  }

  it('has a dashed border in the border colour, muted words and no tinted ground', () => {
    const empty = rule('.verdict-empty')
    expect(empty).toMatch(/border: 1px dashed var\(--border\);/)
    expect(empty).toMatch(/color: var\(--muted\);/)
    expect(empty).not.toMatch(/--accent|--focus|background/)
  })
})
