// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { useSyncExternalStore } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { deleteSkill, saveSkill } from '../../../../renderer/data/repositories/skills'
import { DeletedEntryNotice } from '../../../../renderer/ui/screens/journal/entry/DeletedEntryNotice'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { freshDb, renderWith } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** As the journal screen mounts them: the line above the view, which outlives the entry's page. */
function Journal({ entryId }: { entryId: string }) {
  const hash = useSyncExternalStore(
    (onChange) => {
      window.addEventListener('hashchange', onChange)
      return () => {
        window.removeEventListener('hashchange', onChange)
      }
    },
    () => window.location.hash,
  )
  return (
    <>
      <DeletedEntryNotice />
      {hash === `#/journal/${entryId}` ? <EntryPage entryId={entryId} /> : null}
    </>
  )
}

const WORDS = {
  en: {
    remove: 'Delete',
    yes: 'Delete it',
    deleted: 'Deleted “ByteDance second round”.',
    undo: 'Undo deleting “ByteDance second round”',
    restored: 'Restored “ByteDance second round”. Open it',
    withoutLink:
      'Restored “ByteDance second round”, without its link to a skill or offer deleted since. Open it',
    open: 'Open it',
  },
  'zh-CN': {
    remove: '删除',
    yes: '确认删除',
    deleted: '已删除“ByteDance second round”。',
    undo: '撤销删除“ByteDance second round”',
    restored: '已恢复“ByteDance second round”。查看',
    withoutLink:
      '已恢复“ByteDance second round”；它关联的 1 项技能或 offer 已被删除，关联没有恢复。查看',
    open: '查看',
  },
} as const

/** An interview linked to a skill, as evidence, stored and open on its page in the journal. */
async function openLinkedEntry(language: 'en' | 'zh-CN') {
  const db = await freshDb()
  const skill = await saveSkill(db, {
    name: 'Quantization',
    domain: 'model-optimization',
    level: 3,
  })
  const entry = await saveJournalEntry(db, {
    kind: 'interview',
    date: '2026-11-20',
    title: 'ByteDance second round',
    body: 'int8 vs fp8',
    tags: ['quant'],
    skillIds: [skill.id],
    evidence: [{ skillId: skill.id, kind: 'production' }],
  })
  window.location.hash = `#/journal/${entry.id}`
  await renderWith(<Journal entryId={entry.id} />, { db, language })
  return { db, skill, entry }
}

describe.each(['en', 'zh-CN'] as const)('a deleted entry (%s)', (language) => {
  const words = WORDS[language]

  it('is said to be deleted in the journal’s live line, and Undo puts it back exactly', async () => {
    const { db, entry } = await openLinkedEntry(language)
    const line = document.querySelector('.je-deleted')
    expect(line?.getAttribute('role')).toBe('status')
    expect(line?.textContent).toBe('')
    await screen.findByRole('heading', { level: 2, name: entry.title })
    // Undo is offered, so Delete asks nothing first.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: words.remove }))
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    expect(screen.queryByRole('button', { name: words.yes })).toBeNull()
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(0)
    })
    expect(window.location.hash).toBe('#/journal')
    await waitFor(() => {
      expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
    })
    expect(line?.textContent).toContain(words.deleted)
    const undo = screen.getByRole('button', { name: words.undo })
    expect(document.activeElement).toBe(undo)

    await act(async () => {
      fireEvent.click(undo)
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => {
      expect(line?.textContent).toBe(words.restored)
    })
    expect(await db.journal.get(entry.id)).toEqual(entry)
    const open = screen.getByRole('link', { name: words.open })
    expect(open.getAttribute('href')).toBe(`#/journal/${entry.id}`)
    expect(document.activeElement).toBe(open)
  })

  it('comes back without its link to a skill deleted meanwhile (another window), and says so', async () => {
    const { db, skill, entry } = await openLinkedEntry(language)
    await screen.findByRole('heading', { level: 2, name: entry.title })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: words.remove }))
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    const undo = await screen.findByRole('button', { name: words.undo })
    await deleteSkill(db, skill.id)
    await act(async () => {
      fireEvent.click(undo)
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    await waitFor(() => {
      expect(document.querySelector('.je-deleted')?.textContent).toBe(words.withoutLink)
    })
    expect(await db.journal.get(entry.id)).toMatchObject({ title: entry.title, skillIds: [] })
  })
})
