// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/** The name aria-labelledby gives: the named elements' texts, joined by a space. */
function labelledName(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`).join(' ')
}

/**
 * Trial 18 #9: the verdict's reasons each had a 'Source' disclosure, about 15 of them named
 * 'Source assumption' alike: tabbing through them, or listing them, gave no hint of which
 * reason each belonged to. Each is now named by its label and its reason's sentence (the
 * summary's aria-labelledby); what shows is the label alone, the sentence being just above.
 */
describe('the verdict’s sources', () => {
  it.each([
    ['en', /^Source( assumption)?$/],
    ['zh-CN', /^出处( 假设)?$/],
  ] as const)('have a name each, saying whose source it is (%s)', async (language, label) => {
    await renderVerdict(storedPersona('p4'), 'o-four-steps', language)
    await screen.findByRole('heading', { level: 2 })
    const summaries = [...document.querySelectorAll('.reason-list .citation > summary')]
    expect(summaries.length).toBeGreaterThan(5)
    const names = summaries.map(labelledName)
    expect(new Set(names).size).toBe(names.length)
    summaries.forEach((summary, index) => {
      const reason = summary.closest('li')?.querySelector('.reason-text')?.textContent ?? ''
      expect(reason).not.toBe('')
      expect(summary.textContent).toMatch(label)
      expect(names[index]).toBe(`${summary.textContent} ${reason}`)
    })
  })
})
