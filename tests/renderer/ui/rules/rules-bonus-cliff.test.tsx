// @vitest-environment happy-dom
import { cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeAll, renderRules } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

// Trial 16 L5: a year-end bonus raised from 36,000 to 36,001 lowered after-tax pay from 213k
// to 211k, and nothing on Rules said where the bonus's tax jumps.
describe('the year-end bonus table on Rules', () => {
  for (const [language, edges, example] of [
    [
      'en',
      '(36,000, 144,000, 300,000, 420,000, 660,000, and 960,000 yuan)',
      '1 yuan past a tax edge (36k): that 1 yuan costs 2.3k more tax',
    ],
    ['zh-CN', '（36,000、144,000、300,000、420,000、660,000和960,000 元）', '36,000'],
  ] as const) {
    it(`says where its tax edges are, and what a yuan past the first costs (${language})`, async () => {
      await renderRules({ language })
      const note = document.querySelector('.rule-bonus-cliff')?.textContent ?? ''
      expect(note).toContain(edges)
      expect(note).toContain(example)
      // Chinese sentences run on with no space between them.
      if (language === 'zh-CN') expect(note).not.toContain('。 ')
    })
  }
})
