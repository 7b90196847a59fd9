// @vitest-environment happy-dom
import { cleanup, configure, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Every input on the Rules screen has a name of its own: a screen reader lists them by name, and
 * four were "Points" and two "Counted from level" (new-user trial 8), each under a rule the name
 * did not say. In both languages.
 */
for (const language of ['en', 'zh-CN'] as const) {
  it(`names each rule field apart from the others, ${language}`, async () => {
    await renderRules({ language })
    const names = screen.getAllByRole('textbox').map((input) => {
      // The label as assistive technology reads it: without its parts hidden from it.
      const label = (input as HTMLInputElement).labels?.[0]?.cloneNode(true)
      if (!(label instanceof HTMLElement)) return input.getAttribute('aria-label') ?? ''
      for (const hidden of label.querySelectorAll('[aria-hidden="true"]')) hidden.remove()
      return label.textContent
    })
    expect(names.filter((name) => name === '')).toEqual([])
    const repeated = names.filter((name, index) => names.indexOf(name) !== index)
    expect([...new Set(repeated)]).toEqual([])
  })
}
