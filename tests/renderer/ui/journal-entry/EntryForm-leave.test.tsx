// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { DRAFT_KEY } from '../../../../renderer/ui/screens/journal/entry/entry-draft'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, freshDb, renderWith, settle, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

const WORDS = {
  en: {
    title: 'Title',
    edit: 'Edit',
    cancel: 'Cancel',
    asked:
      'Your changes are not saved. Press Esc again or Cancel to discard them, or Ctrl/⌘+Enter to save.',
  },
  'zh-CN': {
    title: '标题',
    edit: '编辑',
    cancel: '取消',
    asked: '修改尚未保存。再按一次 Esc 或点“取消”放弃修改，按 Ctrl/⌘+回车 保存。',
  },
} as const

async function editing(language: keyof typeof WORDS) {
  const db = await freshDb()
  const entry = await saveJournalEntry(db, {
    kind: 'interview',
    date: '2026-11-20',
    title: 'Moonshot first round',
    body: 'MoE routing.',
  })
  await renderWith(<EntryPage entryId={entry.id} />, { db, language })
  await screen.findByRole('heading', { level: 2, name: 'Moonshot first round' })
  fireEvent.click(screen.getByRole('button', { name: WORDS[language].edit }))
  await screen.findByRole('form')
  return { db, entry }
}

function escape(element: Element) {
  fireEvent.keyDown(element, { key: 'Escape' })
}

describe.each(['en', 'zh-CN'] as const)('leaving the entry form (%s)', (language) => {
  const words = WORDS[language]

  it('Escape leaves an unchanged form at once', async () => {
    await editing(language)
    escape(field(words.title))
    await settle()
    expect(screen.queryByRole('form')).toBeNull()
  })

  it('Escape on a changed form asks first; a second Escape discards the changes', async () => {
    const { db, entry } = await editing(language)
    await type(field(words.title), 'Moonshot first round (half typed')
    escape(field(words.title))
    await settle()
    expect(screen.getByRole('form')).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe(words.asked)
    escape(field(words.title))
    await settle()
    expect(screen.queryByRole('form')).toBeNull()
    expect((await db.journal.get(entry.id))?.title).toBe('Moonshot first round')
  })

  it('brings the question into view when Escape asks it from the top of a long form', async () => {
    await editing(language)
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView')
    await type(field(words.title), 'Moonshot first round, half typed')
    escape(field(words.title))
    await settle()
    expect(scrolled.mock.contexts).toContain(screen.getByRole('status'))
    scrolled.mockRestore()
  })

  it('Cancel on a changed form asks first; Cancel again discards; typing on withdraws it', async () => {
    await editing(language)
    await type(field(words.title), 'Moonshot first round, passed')
    fireEvent.click(screen.getByRole('button', { name: words.cancel }))
    await settle()
    expect(screen.getByRole('status').textContent).toBe(words.asked)
    fireEvent.keyDown(field(words.title), { key: 'a' })
    await settle()
    expect(screen.getByRole('status').textContent).toBe('')
    fireEvent.click(screen.getByRole('button', { name: words.cancel }))
    await settle()
    expect(screen.getByRole('form')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: words.cancel }))
    await settle()
    expect(screen.queryByRole('form')).toBeNull()
  })
})

describe('a new entry, whose draft is kept', () => {
  it('leaves at once on Escape, and its draft is still there', async () => {
    await renderWith(<EntryPage entryId={null} />)
    await screen.findByRole('form')
    window.location.hash = '#/journal/new'
    await type(field('Title'), 'Reading the vLLM scheduler')
    await act(async () => {
      escape(field('Title'))
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    expect(window.location.hash).toBe('#/journal')
    cleanup()
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
      title: 'Reading the vLLM scheduler',
    })
  })
})
