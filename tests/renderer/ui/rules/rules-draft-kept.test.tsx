// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readRulesetInUse } from '../../../../renderer/data/ruleset-in-use'
import { barStatus, clickButton, closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Leaving the Rules screen with an unsaved change threw it away without a word (new-user trial:
 * NLP set to S, then Skills, then back: the change gone). The draft is kept while the app runs
 * and the screen says so on return; Discard still throws it away.
 */
const CASES = [
  {
    language: 'en',
    classLabel: 'NLP algorithms: premium class',
    unsaved: 'Unsaved changes',
    kept: 'Your unsaved changes from before are still here, not yet in use: save them, or discard them.',
    discard: 'Discard',
    preview: 'Your tier: Mid-level (unchanged), score 26.3 → 37.5.',
  },
  {
    language: 'zh-CN',
    classLabel: 'NLP 算法：溢价等级',
    unsaved: '有未保存的修改',
    kept: '你之前未保存的修改还在，尚未生效：可以保存，也可以放弃。',
    discard: '放弃修改',
    preview: '你的档位：中层（不变），得分 26.3 → 37.5。',
  },
] as const

function classSelect(label: string): HTMLSelectElement {
  return screen.getByLabelText(label)
}

describe('an unsaved edit of the rules', () => {
  for (const c of CASES) {
    it(`is still there after leaving the screen and coming back, ${c.language}`, async () => {
      const { db, view, tree, screenElement } = await renderRules({ language: c.language })
      await act(async () => {
        fireEvent.change(classSelect(c.classLabel), { target: { value: 'S' } })
        await Promise.resolve()
      })
      expect(screen.getByText(c.unsaved)).toBeTruthy()
      // To another screen (the Rules screen unmounts) and back.
      view.rerender(tree(<p>elsewhere</p>))
      expect(screen.queryByText(c.unsaved)).toBeNull()
      view.rerender(tree(screenElement))
      await screen.findByText(c.unsaved)
      expect(classSelect(c.classLabel).value).toBe('S')
      expect(document.querySelector('.rules-preview')?.textContent).toBe(c.preview)
      expect(barStatus()).toBe(c.kept)
      // Nothing was saved meanwhile.
      expect((await readRulesetInUse(db)).overrides).toEqual({})

      // Discarded, it is gone for good: the next visit starts from what is saved.
      await clickButton(c.discard)
      view.rerender(tree(<p>elsewhere</p>))
      view.rerender(tree(screenElement))
      await screen.findByRole('region', { name: /your tier with these rules|按这些规则/i })
      expect(classSelect(c.classLabel).value).toBe('A')
      expect(screen.queryByText(c.unsaved)).toBeNull()
      expect(barStatus()).toBe('')
    })
  }
})
