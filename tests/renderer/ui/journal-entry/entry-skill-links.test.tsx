// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { freshDb, renderWith } from './entry-fixture'

// Session 23's walk: an entry's tags opened the timeline of their entries, its skills were plain
// words; the way to a skill's other entries was the Filters' list of every skill. Each skill now
// links to the timeline filtered by it, as the tags do; a deleted skill stays plain words.

afterEach(() => {
  cleanup()
})

async function showEntryWithSkills(language: 'en' | 'zh-CN') {
  const db = await freshDb()
  const lora = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 3 })
  const vllm = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 2 })
  const gone = await saveSkill(db, { name: 'Old skill', domain: 'nlp', level: 1 })
  const entry = await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-20',
    title: 'Serving notes',
    body: '',
    tags: [],
    company: '',
    skillIds: [lora.id, vllm.id, gone.id],
    evidence: [{ skillId: lora.id, kind: 'production' }],
  })
  // Gone without its links (deleteSkill drops them; an import can leave one).
  await db.skills.delete(gone.id)
  await renderWith(<EntryPage entryId={entry.id} />, { db, language })
  await screen.findByRole('heading', { level: 2, name: 'Serving notes' })
  return { lora, vllm }
}

describe('an entry’s skills', () => {
  it('each open the timeline of that skill’s entries', async () => {
    const { lora, vllm } = await showEntryWithSkills('en')
    const skills = screen.getByText('Skills').nextElementSibling as HTMLElement
    const links = within(skills).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['LoRA (evidence: Production)', `#/journal?skill=${lora.id}`],
      ['vLLM', `#/journal?skill=${vllm.id}`],
    ])
    expect(skills.textContent).toBe('LoRA (evidence: Production), vLLM, a deleted skill')
  })

  it('are separated as Chinese writes a list', async () => {
    await showEntryWithSkills('zh-CN')
    const skills = screen.getByText('技能').nextElementSibling as HTMLElement
    expect(within(skills).getAllByRole('link')).toHaveLength(2)
    expect(skills.textContent).toMatch(/^LoRA（证据：.+）、vLLM、已删除的技能$/)
  })
})
