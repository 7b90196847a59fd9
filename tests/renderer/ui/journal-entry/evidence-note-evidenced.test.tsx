// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { freshDb, renderWith } from './entry-fixture'

/**
 * Trial 15 M3: a skill rated 4 with evidence (Skills: 「4 级 · 专家 证据：生产上线」, counted at
 * 4) was ticked on a new entry and the form said 「自评 4 级，没有证据只按 2 级计。」. The line
 * about the cap belongs only beside a skill that has no evidence: none ticked on the skill, none
 * from another entry. The entry being edited does not count for itself: its own choice is the
 * select beside the skill.
 */

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

const CAP_NOTE = {
  en: 'Level 4 counts as 2 without evidence. If this entry shows it, choose a kind.',
  'zh-CN': '自评 4 级，没有证据只按 2 级计。如果这条记录能证明，请选择证据类型。',
} as const
const LIFT_NOTE = {
  en: 'As evidence, this entry lets level 4 count in full.',
  'zh-CN': '作为证据，这条记录让自评 4 级按原级计算。',
} as const

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
}

async function tick(name: string) {
  fireEvent.click(await screen.findByRole('checkbox', { name }))
  await settle()
}

for (const language of ['en', 'zh-CN'] as const) {
  it(`a level-4 skill with its own evidence gets no cap line (${language})`, async () => {
    const db = await freshDb()
    await saveSkill(db, {
      name: 'vLLM serving',
      domain: 'inference-acceleration',
      level: 4,
      evidence: ['production'],
    })
    await renderWith(<EntryPage entryId={null} />, { db, language })
    await screen.findByRole('form')
    await tick('vLLM serving')
    expect(screen.queryByText(CAP_NOTE[language])).toBeNull()
    expect(document.querySelector('.je-skill-note')).toBeNull()
  })
}

it('a level-4 skill made evidence by another entry gets no cap line, nor a lift line', async () => {
  const db = await freshDb()
  const skill = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 4 })
  await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-20',
    title: 'LoRA in production',
    body: '',
    tags: [],
    skillIds: [skill.id],
    evidence: [{ skillId: skill.id, kind: 'production' }],
  })
  await renderWith(<EntryPage entryId={null} />, { db })
  await screen.findByRole('form')
  await tick('LoRA')
  expect(screen.queryByText(CAP_NOTE.en)).toBeNull()
  fireEvent.change(screen.getByLabelText('Evidence of LoRA'), { target: { value: 'course' } })
  await settle()
  // It counts in full already: this entry lifts nothing.
  expect(screen.queryByText(LIFT_NOTE.en)).toBeNull()
})

it('a level-4 skill with no evidence still gets the cap line, and the lift line once chosen', async () => {
  const db = await freshDb()
  await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 4 })
  await renderWith(<EntryPage entryId={null} />, { db, language: 'zh-CN' })
  await screen.findByRole('form')
  await tick('LoRA')
  expect(await screen.findByText(CAP_NOTE['zh-CN'])).toBeTruthy()
  fireEvent.change(screen.getByLabelText('作为“LoRA”的证据'), { target: { value: 'course' } })
  expect(await screen.findByText(LIFT_NOTE['zh-CN'])).toBeTruthy()
})

it('editing the one entry that is its evidence: Not evidence brings the cap line back', async () => {
  const db = await freshDb()
  const skill = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 4 })
  const stored = await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-20',
    title: 'LoRA in production',
    body: '',
    tags: [],
    skillIds: [skill.id],
    evidence: [{ skillId: skill.id, kind: 'production' }],
  })
  await renderWith(<EntryPage entryId={stored.id} />, { db })
  await screen.findByRole('heading', { level: 2, name: 'LoRA in production' })
  fireEvent.click(screen.getByRole('button', { name: 'Edit' }))
  await screen.findByRole('form')
  await settle()
  expect(await screen.findByText(LIFT_NOTE.en)).toBeTruthy()
  fireEvent.change(screen.getByLabelText('Evidence of LoRA'), { target: { value: '' } })
  expect(await screen.findByText(CAP_NOTE.en)).toBeTruthy()
})
