// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { field, freshDb, renderWith, type } from './entry-fixture'

/**
 * New-user trial 11: ticking a skill on a learning entry made the entry a course at once (a
 * project a side project), and saving lifted the skill's level-3 cap (+12.8 points) though the
 * user never said the entry was evidence. A ticked skill is now "not evidence" until the user
 * picks a kind; beside a skill rated above the cap a line says what that choice does. Stored
 * entries keep the evidence they have.
 */

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

const WORDS = {
  en: {
    title: 'Title',
    save: 'Save',
    evidenceOf: (skill: string) => `Evidence of ${skill}`,
    capNote: 'Level 3 counts as 2 without evidence. If this entry shows it, choose a kind.',
    liftNote: 'As evidence, this entry lets level 3 count in full.',
  },
  'zh-CN': {
    title: '标题',
    save: '保存',
    evidenceOf: (skill: string) => `作为“${skill}”的证据`,
    capNote: '自评 3 级，没有证据只按 2 级计。如果这条记录能证明，请选择证据类型。',
    liftNote: '作为证据，这条记录让自评 3 级按原级计算。',
  },
} as const

async function newEntryWithSkill(kind: string, language: 'en' | 'zh-CN', level = 3) {
  const db = await freshDb()
  const skill = await saveSkill(db, {
    name: 'vLLM serving',
    domain: 'inference-acceleration',
    level,
  })
  await renderWith(<EntryPage entryId={null} />, { db, language })
  await screen.findByRole('form')
  fireEvent.click(screen.getByRole('radio', { name: kind }))
  fireEvent.click(await screen.findByRole('checkbox', { name: 'vLLM serving' }))
  return { db, skill }
}

async function save(
  db: Awaited<ReturnType<typeof freshDb>>,
  language: 'en' | 'zh-CN',
  title: string,
) {
  await type(field(WORDS[language].title), title)
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: WORDS[language].save }))
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
  await waitFor(async () => {
    expect(await db.journal.count()).toBe(1)
  })
  const [entry] = await db.journal.toArray()
  return entry
}

for (const [language, kind] of [
  ['en', 'Project'],
  ['en', 'Learning'],
  ['zh-CN', '学习'],
  ['zh-CN', '项目'],
] as const) {
  it(`a skill ticked on ${kind} (${language}) is linked, not evidence, and the form says what a kind would do`, async () => {
    const { db, skill } = await newEntryWithSkill(kind, language)
    const words = WORDS[language]
    const select = screen.getByLabelText<HTMLSelectElement>(words.evidenceOf('vLLM serving'))
    expect(select.value).toBe('')
    const note = screen.getByText(words.capNote)
    expect(select.getAttribute('aria-describedby')).toBe(note.id)
    const entry = await save(db, language, 'AWQ on vLLM')
    expect(entry?.skillIds).toEqual([skill.id])
    expect(entry?.evidence).toEqual([])
  })
}

it('a kind the user picks is saved, and the line says the level now counts in full', async () => {
  for (const language of ['en', 'zh-CN'] as const) {
    const { db, skill } = await newEntryWithSkill(language === 'en' ? 'Learning' : '学习', language)
    const words = WORDS[language]
    fireEvent.change(screen.getByLabelText(words.evidenceOf('vLLM serving')), {
      target: { value: 'course' },
    })
    expect(screen.getByText(words.liftNote)).toBeTruthy()
    expect(screen.queryByText(words.capNote)).toBeNull()
    const entry = await save(db, language, 'Week 3 of the course')
    expect(entry?.evidence).toEqual([{ skillId: skill.id, kind: 'course' }])
    cleanup()
  }
})

it('a skill at or below the cap gets no line: evidence changes nothing in its score', async () => {
  await newEntryWithSkill('Project', 'en', 2)
  expect(screen.getByLabelText<HTMLSelectElement>('Evidence of vLLM serving').value).toBe('')
  expect(document.querySelector('.je-skill-note')).toBeNull()
})

it('a stored entry keeps its evidence as stored when edited', async () => {
  const db = await freshDb()
  const skill = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 3 })
  const stored = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-11-20',
    title: 'LoRA course',
    body: '',
    tags: [],
    skillIds: [skill.id],
    evidence: [{ skillId: skill.id, kind: 'course' }],
  })
  await renderWith(<EntryPage entryId={stored.id} />, { db })
  await screen.findByRole('heading', { level: 2, name: 'LoRA course' })
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }))
  await screen.findByRole('form')
  expect(screen.getByLabelText<HTMLSelectElement>('Evidence of LoRA').value).toBe('course')
  await type(field('Title'), 'LoRA course, week 2')
  await act(async () => {
    fireEvent.keyDown(field('Title'), { key: 'Enter', ctrlKey: true })
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
  await screen.findByRole('heading', { level: 2, name: 'LoRA course, week 2' })
  expect((await db.journal.get(stored.id))?.evidence).toEqual([
    { skillId: skill.id, kind: 'course' },
  ])
})
