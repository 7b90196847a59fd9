// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { detectPlatform } from '../../../../renderer/platform'
import { App } from '../../../../renderer/ui/App'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { DRAFT_KEY } from '../../../../renderer/ui/screens/journal/entry/entry-draft'
import { testServices } from '../../../helpers/test-services'
import { freshDb, settle, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function renderApp(language: 'en' | 'zh-CN' = 'en') {
  window.location.hash = '#/skills'
  const db = await freshDb()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <App services={testServices(db, detectPlatform({}), [language])} />
    </I18nextProvider>,
  )
  await screen.findByRole('heading', { level: 1 }, { timeout: 5000 })
  return db
}

function pressAltJ(target: Element = document.body) {
  fireEvent.keyDown(target, { key: 'j', code: 'KeyJ', altKey: true })
}

describe('the quick entry', () => {
  it('opens from another screen with Alt+J, the cursor in the title; Escape closes it', async () => {
    await renderApp()
    const before = screen.getByRole('button', { name: 'Keyboard shortcuts' })
    before.focus()
    act(() => {
      pressAltJ(before)
    })
    const dialog = await screen.findByRole('dialog', { name: 'Quick entry' }, { timeout: 15_000 })
    expect((dialog as HTMLDialogElement).open).toBe(true)
    const title = within(dialog).getByLabelText('Title')
    await waitFor(() => {
      expect(document.activeElement).toBe(title)
    })
    await type(title, 'Half a thought')
    act(() => {
      fireEvent.keyDown(title, { key: 'Escape' })
    })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(before)
    // What was typed is kept for the next time.
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
      title: 'Half a thought',
    })
    act(() => {
      pressAltJ()
    })
    const again = await screen.findByRole('dialog', { name: 'Quick entry' })
    expect(within(again).getByLabelText<HTMLInputElement>('Title').value).toBe('Half a thought')
  }, 20_000)

  it('saves with Ctrl+Enter, closes and says so, in Chinese too', async () => {
    const db = await renderApp('zh-CN')
    act(() => {
      pressAltJ()
    })
    const dialog = await screen.findByRole('dialog', { name: '快速记录' }, { timeout: 15_000 })
    fireEvent.click(within(dialog).getByRole('radio', { name: '面试' }))
    const title = within(dialog).getByLabelText('标题')
    await type(title, '字节 二面 推理加速 量化')
    await act(async () => {
      fireEvent.keyDown(title, { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await waitFor(
      () => {
        expect(screen.queryByRole('dialog')?.textContent ?? null).toBeNull()
      },
      { timeout: 3000 },
    )
    const [entry] = await db.journal.toArray()
    expect(entry).toMatchObject({ kind: 'interview', title: '字节 二面 推理加速 量化' })
    const status = screen
      .getAllByRole('status')
      .find((element) => element.classList.contains('quick-entry-status'))
    expect(status?.textContent).toContain('已将“字节 二面 推理加速 量化”存入日志。')
    expect(
      within(status as HTMLElement)
        .getByRole('link', { name: '查看' })
        .getAttribute('href'),
    ).toBe(`#/journal/${entry?.id ?? ''}`)
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
    await settle()
  }, 20_000)

  it('is listed in the keyboard help', async () => {
    await renderApp()
    act(() => {
      fireEvent.keyDown(document.body, { key: '?', shiftKey: true })
    })
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(help.textContent).toContain('Alt+JWrite a journal entry (quick entry)')
  })

  it('keeps the form out of the first download (QuickEntry imports it lazily)', () => {
    const source = readFileSync(
      join(__dirname, '../../../../renderer/ui/quick-entry/QuickEntry.tsx'),
      'utf8',
    )
    const staticImports = [...source.matchAll(/^import [^']*'([^']+)'/gm)].map((match) => match[1])
    expect(staticImports.some((path) => path?.includes('entry/') || path?.includes('Dialog'))).toBe(
      false,
    )
    expect(staticImports).not.toContain('react-markdown')
    expect(source).toContain("import('./QuickEntryDialog')")
  })
})
