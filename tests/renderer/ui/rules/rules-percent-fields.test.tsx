// @vitest-environment happy-dom
import { cleanup, configure, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readRulesetInUse } from '../../../../renderer/data/ruleset-in-use'
import { clickButton, closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * The raise bands, the failure chances and the close-fit share were shown and typed as the
 * fractions the ruleset keeps (0.3 beside "+30%"): a user typing 40 for +40% got +4,000% and a
 * refusal in fractions ("from -1 to 10"). They are now shown and taken in percent ("30" beside
 * "%", "40", "+40 %", "４０％"), stored as the fraction; bad input is refused in the UI's words
 * and in percent, and nothing is stored.
 */
const CASES = [
  {
    language: 'en',
    raiseLow: 'Premium (≈1M+): raise from',
    chanceAtZero: 'Failure chance at risk 0',
    fitShare: 'Close fit: share of the role’s domains at that level',
    changedFrom: 'changed from Tidemark’s default 30%',
    notAPercent: 'Enter a percentage: a number such as 40 for 40%.',
    outOfRange: 'Enter a percentage from -100% to 1,000%.',
    chanceRange: 'Enter a percentage from 0% to 100%.',
    separator: ': ',
    save: 'Save changes',
    saved: 'Saved. Your score was recorded again with these rules.',
  },
  {
    language: 'zh-CN',
    raiseLow: '百万档：涨幅下限',
    chanceAtZero: '风险 0 分时的失败概率',
    fitShare: '契合：岗位所需方向中达到该等级的比例',
    changedFrom: '已修改，潮位的默认值为 30%',
    notAPercent: '请输入百分数：一个数字，例如 40 即 40%。',
    outOfRange: '应为 -100% 到 1,000% 之间的百分数。',
    chanceRange: '应为 0% 到 100% 之间的百分数。',
    separator: '：',
    save: '保存修改',
    saved: '已保存。已按这些规则重新记录你的得分。',
  },
] as const

function input(label: string): HTMLInputElement {
  return screen.getByLabelText(label)
}

/** What the field's notes say (its "changed from" and refusals), as assistive technology reads. */
function notesOf(label: string): string {
  return (input(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

function summary(): string[] {
  return [...document.querySelectorAll('.rules-issue-summary li')].map((line) => line.textContent)
}

function saveButton(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name })
}

describe('fraction rules on the Rules screen', () => {
  for (const c of CASES) {
    it(`are shown and typed in percent, stored as fractions, ${c.language}`, async () => {
      const { db } = await renderRules({ language: c.language })
      expect(input(c.raiseLow).value).toBe('30')
      expect(input(c.raiseLow).parentElement?.textContent).toContain('%')
      expect(input(c.chanceAtZero).value).toBe('5')
      expect(input(c.fitShare).value).toBe('50')

      // Not a number: refused in percent's words, nothing to save.
      await typeInto(c.raiseLow, 'abc')
      expect(notesOf(c.raiseLow)).toContain(c.notAPercent)
      expect(summary()).toEqual([`${c.raiseLow}${c.separator}${c.notAPercent}`])
      expect(saveButton(c.save).disabled).toBe(true)

      // Out of the schema's range (-1 to 10 as a fraction): said in percent.
      await typeInto(c.raiseLow, '2000')
      expect(notesOf(c.raiseLow)).toContain(c.outOfRange)
      expect(saveButton(c.save).disabled).toBe(true)
      await typeInto(c.chanceAtZero, '150')
      expect(notesOf(c.chanceAtZero)).toContain(c.chanceRange)
      await typeInto(c.chanceAtZero, '5')
      expect((await readRulesetInUse(db)).overrides).toEqual({})

      // The percent as people write it: sign, percent sign, spaces, full-width digits.
      for (const typed of ['40', '+40 %', '４０％', '40%']) {
        await typeInto(c.raiseLow, typed)
        expect(notesOf(c.raiseLow)).toContain(c.changedFrom)
        expect(summary()).toEqual([])
        expect(saveButton(c.save).disabled).toBe(false)
      }
      await typeInto(c.fitShare, '33.3')
      await clickButton(c.save)
      await screen.findByText(c.saved)
      expect((await readRulesetInUse(db)).overrides).toEqual({
        tiers: [{ id: 'premium', raiseBand: { low: 0.4 } }],
        recommendation: { fitShare: 0.333 },
      })
      // Read back from what is stored: the percent again, not the fraction.
      await waitFor(() => {
        expect(input(c.raiseLow).value).toBe('40')
      })
      expect(input(c.fitShare).value).toBe('33.3')
    })
  }
})
