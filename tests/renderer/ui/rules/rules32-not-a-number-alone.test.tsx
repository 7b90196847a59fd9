// @vitest-environment happy-dom
import { cleanup, configure, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * "0.3" then "abc" in the level 3 factor gave two refusals: "Enter a number" and "Level factors
 * must not fall from one level to the next", the second about the 0.3 no longer on screen
 * (new-user trial 32 #4). Text that is no number now gives only the number's refusal.
 */
const CASES = [
  {
    language: 'en',
    factor: /^Level 3 \(.*\): factor$/,
    falls: 'Level factors must not fall from one level to the next.',
    summary: '1 value is refused:',
    notANumber: 'Enter a number.',
  },
  {
    language: 'zh-CN',
    factor: '3 级（熟练）：系数',
    falls: '等级系数不能随等级升高而降低。',
    summary: '有 1 个数值无法接受：',
    notANumber: '请输入数字。',
  },
] as const

const barText = () => document.querySelector('.rules-bar')?.textContent ?? ''

describe('a level factor that is no number', () => {
  for (const c of CASES) {
    it(`is refused as no number, and only so, ${c.language}`, async () => {
      await renderRules({ language: c.language })
      await typeInto(c.factor, '0.3')
      expect(barText()).toContain(c.falls)

      await typeInto(c.factor, 'abc')
      expect(barText()).toContain(c.summary)
      expect(barText()).not.toContain(c.falls)
      expect(document.body.textContent).not.toContain(c.falls)
      expect(screen.getAllByText(c.notANumber).length).toBeGreaterThan(0)
    })
  }
})
