// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { listSkills } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { typeDate, typeImpossibleDate } from '../form/date-input-stub'
import { errorOf } from '../journal-entry/entry-fixture'

// Nineteenth trial: a "last used" date typed that does not exist (2月30日) or is half typed
// reads as '' in the browser, as an empty one does, and the skill was saved with no date and no
// word. Chromium's own typing is in tests/e2e/dates26-impossible-date.spec.ts.

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

async function setup(language: UiLanguage) {
  const db = new TidemarkDatabase(`skill-date-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>
        <SkillsEditor live={undefined} onDraftChange={vi.fn()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  fireEvent.keyDown(document.body, { key: 'n' })
  const name = await screen.findByRole<HTMLInputElement>('combobox', { name: /^(Name|名称)/ })
  fireEvent.change(name, { target: { value: '推理加速' } })
  return { db, name }
}

async function pressEnter(element: HTMLElement) {
  await act(async () => {
    fireEvent.keyDown(element, { key: 'Enter' })
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

describe.each([
  [
    'en',
    'Last used',
    'This date does not exist or is not complete: check the day, month and year.',
  ],
  ['zh-CN', '最近使用', '这个日期不存在或没有填完整，请检查年、月、日。'],
] as const)('a skill’s last-used date in %s', (language, label, sentence) => {
  it('that does not exist or is not complete is said, and the skill is not saved until fixed', async () => {
    const { db } = await setup(language)
    const lastUsed = screen.getByLabelText<HTMLInputElement>(label)
    await typeImpossibleDate(lastUsed)
    await pressEnter(lastUsed)
    expect(errorOf(lastUsed)).toBe(sentence)
    expect(await listSkills(db)).toHaveLength(0)

    await typeDate(lastUsed, '2026-02-28')
    expect(errorOf(lastUsed)).toBeNull()
    await pressEnter(lastUsed)
    await waitFor(async () => {
      expect((await listSkills(db))[0]?.lastUsed).toBe('2026-02-28')
    })
  })

  it('left empty is none: the skill saves without it', async () => {
    const { db, name } = await setup(language)
    await pressEnter(name)
    await waitFor(async () => {
      expect(await listSkills(db)).toHaveLength(1)
    })
  })
})
