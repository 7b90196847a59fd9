// @vitest-environment happy-dom
import { act, cleanup, configure, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readRulesetInUse } from '../../../../renderer/data/ruleset-in-use'
import { SHORTCUTS } from '../../../../renderer/ui/help/shortcuts'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { barStatus, closeAll, renderRules, typeInto } from './rules-harness'

vi.setConfig({ testTimeout: 30_000 })
configure({ asyncUtilTimeout: 5_000 })
afterEach(async () => {
  cleanup()
  await closeAll()
})

/**
 * Ctrl/⌘+Enter did nothing on the Rules screen, while the profile, skill, journal entry and
 * goal forms all save with it (new-user trial 32 #3). It saves there too, says when there is
 * nothing to save or a value is refused, and the keyboard help (?) lists it for the screen.
 */
const CASES = [
  {
    language: 'en',
    points: 'Class S: points at level 4',
    saved: 'Saved. Your score was recorded again with these rules.',
    nothing: 'Nothing to save: there are no unsaved changes.',
    fixFirst: 'Not saved: fix the marked values first.',
    help: 'Save your changes to the rules',
  },
  {
    language: 'zh-CN',
    points: 'S 类：4 级分值',
    saved: '已保存。已按这些规则重新记录你的得分。',
    nothing: '没有需要保存的内容：没有未保存的修改。',
    fixFirst: '没有保存：请先改正标出的数值。',
    help: '保存对规则的修改',
  },
] as const

async function ctrlEnter(target: Element) {
  await act(async () => {
    fireEvent.keyDown(target, { key: 'Enter', code: 'Enter', ctrlKey: true })
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe('Ctrl/⌘+Enter on the Rules screen', () => {
  for (const c of CASES) {
    it(`saves the changes, and says when it cannot, ${c.language}`, async () => {
      const { db } = await renderRules({ language: c.language })
      const field = screen.getByLabelText<HTMLInputElement>(c.points)

      field.focus()
      await ctrlEnter(field)
      expect(barStatus()).toBe(c.nothing)

      await typeInto(c.points, 'abc')
      await ctrlEnter(field)
      expect(barStatus()).toBe(c.fixFirst)
      expect((await readRulesetInUse(db)).overrides).toEqual({})

      await typeInto(c.points, '60')
      await ctrlEnter(field)
      await waitFor(() => {
        expect(barStatus()).toBe(c.saved)
      })
      expect((await readRulesetInUse(db)).overrides).toEqual({
        scoring: { classMaxPoints: { S: 60 } },
      })
      // Saved from the field: the field keeps focus.
      expect(document.activeElement).toBe(field)
    })

    it(`is in the keyboard help, ${c.language}`, async () => {
      const line = SHORTCUTS.find((shortcut) => shortcut.scope === 'rules')
      if (!line) throw new Error('no shortcut for the Rules screen')
      expect(line.chords).toEqual([['Mod', 'Enter']])
      const i18n = await createI18n(c.language)
      expect(i18n.t(`help.shortcuts.${line.action}`)).toBe(c.help)
    })
  }
})
