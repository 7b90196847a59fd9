// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * The form's intro said what is typed is kept as a draft, and not how to be rid of it, while
 * Cancel forgets it (3050dff) and leaving by another way keeps it (docs/user-trial.md: "nothing
 * is stored before saving" beside a kept draft, then "kept as a draft" beside a Cancel that
 * drops it). The intro names the Cancel button as it is labelled, and what it does.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('the offer form says how its draft is kept and discarded', () => {
  it.each([
    [
      'en',
      'Fill in what the offer says. The verdict follows as you type; the offer is saved when you press Save, or Ctrl+Enter / ⌘+Enter in any field. Until then what you type is kept as a draft on this machine, also when you go to another screen; Cancel discards it.',
      'Cancel',
    ],
    [
      'zh-CN',
      '按 offer 上写的填。结论随你的输入更新；点“保存”（或在任一字段按 Ctrl+Enter / ⌘+Enter）后才存为 offer。在此之前，输入作为草稿留在本机，切换到其他页面也还在；点“取消”则丢弃草稿。',
      '取消',
    ],
  ] as const)('%s', async (language, intro, cancel) => {
    await renderPayForm(language, 'offer')
    await screen.findByRole('form')
    expect(screen.getByText(intro)).toBeTruthy()
    // The button the words name is there, by that name.
    expect(screen.getByRole('button', { name: cancel })).toBeTruthy()
  })
})
