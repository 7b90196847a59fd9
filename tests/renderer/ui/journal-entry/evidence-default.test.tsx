// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, freshDb, renderWith, type } from './entry-fixture'

/**
 * New-user trial 17: a project entry linked to a skill was "not evidence" unless the user found
 * and set the select beside it, so the skill's self-rated level 3 stayed capped at 2 "for want of
 * evidence" though the journal held the project. A skill ticked on a project is its side project,
 * on learning its course; on the other kinds, none. The user can still change or clear it.
 */

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function saveWith(kind: string, title: string, language: 'en' | 'zh-CN' = 'en') {
  const db = await freshDb()
  const skill = await saveSkill(db, {
    name: 'vLLM serving',
    domain: 'inference-acceleration',
    level: 3,
  })
  await renderWith(<EntryPage entryId={null} />, { db, language })
  await screen.findByRole('form')
  fireEvent.click(screen.getByRole('radio', { name: kind }))
  fireEvent.click(await screen.findByRole('checkbox', { name: 'vLLM serving' }))
  await type(field(language === 'en' ? 'Title' : '标题'), title)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: language === 'en' ? 'Save' : '保存' }))
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
  await waitFor(async () => {
    expect(await db.journal.count()).toBe(1)
  })
  const [entry] = await db.journal.toArray()
  return { entry, skill }
}

it('a skill ticked on a project is evidence of it, a side project', async () => {
  const { entry, skill } = await saveWith('Project', 'AWQ benchmark on vLLM')
  expect(entry?.evidence).toEqual([{ skillId: skill.id, kind: 'side-project' }])
})

it('on learning, a course; in Chinese too', async () => {
  const { entry, skill } = await saveWith('学习', '微调课程第三周', 'zh-CN')
  expect(entry?.evidence).toEqual([{ skillId: skill.id, kind: 'course' }])
})

it('on an interview, linked but no evidence', async () => {
  const { entry, skill } = await saveWith('Interview', 'Asked about paged attention')
  expect(entry?.skillIds).toEqual([skill.id])
  expect(entry?.evidence).toEqual([])
})

it('shows the kind it set, and can be cleared', async () => {
  const db = await freshDb()
  await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 })
  await renderWith(<EntryPage entryId={null} />, { db })
  await screen.findByRole('form')
  fireEvent.click(screen.getByRole('radio', { name: 'Project' }))
  fireEvent.click(await screen.findByRole('checkbox', { name: 'LoRA' }))
  const select = screen.getByLabelText<HTMLSelectElement>('Evidence of LoRA')
  expect(select.value).toBe('side-project')
  fireEvent.change(select, { target: { value: '' } })
  expect(screen.getByLabelText<HTMLSelectElement>('Evidence of LoRA').value).toBe('')
})
