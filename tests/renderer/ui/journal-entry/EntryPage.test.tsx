// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, freshDb, renderWith, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function stored(language: 'en' | 'zh-CN' = 'en') {
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
    body: '## Asked\n\n- int8 vs fp8 <img src=x onerror=alert(1)>',
    tags: ['quant'],
    company: 'ByteDance',
    skillIds: [skill.id],
    evidence: [{ skillId: skill.id, kind: 'production' }],
  })
  await renderWith(<EntryPage entryId={entry.id} />, { db, language })
  await screen.findByRole('heading', { level: 2, name: 'ByteDance second round' })
  return { db, entry, skill }
}

describe('one stored entry', () => {
  it('is shown with its Markdown rendered and what it is about', async () => {
    const { entry } = await stored()
    expect(await screen.findByRole('heading', { level: 3, name: 'Asked' })).toBeTruthy()
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText('November 20, 2026')).toBeTruthy()
    expect(screen.getByText('Quantization (evidence: Production)')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'quant' }).getAttribute('href')).toBe(
      '#/journal?tag=quant',
    )
    expect(entry.company).toBe('ByteDance')
  })

  it('is edited in place and says it was saved', async () => {
    const { db, entry } = await stored()
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }))
    await screen.findByRole('form', { name: 'Edit “ByteDance second round”' })
    expect(field('Title').value).toBe('ByteDance second round')
    // Editing a stored entry is no draft of a new one.
    expect(screen.queryByRole('button', { name: 'Clear the form' })).toBeNull()
    await type(field('Title'), 'ByteDance second round (passed)')
    await act(async () => {
      fireEvent.keyDown(field('Title'), { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    expect(
      await screen.findByRole('heading', { level: 2, name: 'ByteDance second round (passed)' }),
    ).toBeTruthy()
    expect(screen.getByRole('status').textContent).toBe('Saved.')
    const saved = await db.journal.get(entry.id)
    expect(saved?.title).toBe('ByteDance second round (passed)')
    expect(saved?.createdAt).toBe(entry.createdAt)
    expect(localStorage.length).toBe(0)
  })

  it('is deleted only once confirmed', async () => {
    const { db, entry } = await stored('zh-CN')
    window.location.hash = `#/journal/${entry.id}`
    fireEvent.click(screen.getByRole('button', { name: '删除' }))
    const keep = screen.getByRole('button', { name: '保留' })
    expect(document.activeElement).toBe(keep)
    fireEvent.click(keep)
    expect(await db.journal.count()).toBe(1)
    fireEvent.click(screen.getByRole('button', { name: '删除' }))
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '确认删除' }))
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(0)
    })
    expect(window.location.hash).toBe('#/journal')
  })

  it('says so when there is no such entry', async () => {
    await renderWith(<EntryPage entryId="gone" />)
    expect(
      await screen.findByText('There is no such entry. It may have been deleted.'),
    ).toBeTruthy()
  })
})
