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

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

async function setup(language: UiLanguage) {
  const db = new TidemarkDatabase(`skill-form-ime-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>
        <SkillsEditor live={undefined} onDraftChange={vi.fn()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return db
}

const nameInput = () => screen.getByRole<HTMLInputElement>('combobox', { name: /^(Name|名称)/ })

/** The Enter that commits a pinyin candidate is the input method's, not a save (new-user trial). */
describe.each(['en', 'zh-CN'] as const)('the skill form in %s', (language) => {
  it('does not save on the Enter that ends an input method composition', async () => {
    const db = await setup(language)
    fireEvent.keyDown(document.body, { key: 'n' })
    await waitFor(() => {
      expect(document.activeElement).toBe(nameInput())
    })
    const name = nameInput()
    fireEvent.change(name, { target: { value: '推理加速' } })
    await act(async () => {
      fireEvent.keyDown(name, { key: 'Enter', isComposing: true, keyCode: 229 })
      fireEvent.keyDown(name, { key: 'Escape', isComposing: true, keyCode: 229 })
      await new Promise((resolve) => setTimeout(resolve, 100))
    })
    expect(await listSkills(db)).toHaveLength(0)
    expect(nameInput()).toBe(name)

    // The next Enter, the composition over, saves.
    fireEvent.keyDown(name, { key: 'Enter' })
    await waitFor(async () => {
      expect(await listSkills(db)).toHaveLength(1)
    })
  })
})

describe('the skill name’s suggestions', () => {
  it('are not chosen by the Enter that ends an input method composition', async () => {
    await setup('en')
    fireEvent.keyDown(document.body, { key: 'n' })
    await waitFor(() => {
      expect(document.activeElement).toBe(nameInput())
    })
    const name = nameInput()
    fireEvent.change(name, { target: { value: 'lo' } })
    fireEvent.keyDown(name, { key: 'ArrowDown' })
    fireEvent.keyDown(name, { key: 'ArrowDown' })
    await waitFor(() => {
      expect(name.getAttribute('aria-activedescendant')).toBeTruthy()
    })
    fireEvent.keyDown(name, { key: 'Enter', isComposing: true, keyCode: 229 })
    expect(name.value).toBe('lo')
    // The next Enter chooses it.
    fireEvent.keyDown(name, { key: 'Enter' })
    await waitFor(() => {
      expect(name.value).not.toBe('lo')
    })
  })
})
