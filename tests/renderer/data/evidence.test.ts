import { describe, expect, it } from 'vitest'
import {
  evidenceBySkill,
  readEvidenceBySkill,
  readEvidenceFor,
} from '../../../renderer/data/repositories/evidence'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { deleteSkill, saveSkill } from '../../../renderer/data/repositories/skills'
import { freshDatabase } from './data-helpers'

async function seeded() {
  const db = await freshDatabase('evidence')
  const vllm = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 })
  const lora = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 3 })
  const shipped = await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-12',
    title: 'Shipped vLLM serving for search',
    skillIds: [vllm.id, lora.id],
    evidence: [
      { skillId: vllm.id, kind: 'production' },
      { skillId: vllm.id, kind: 'open-source' },
    ],
  })
  const paper = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-10-02',
    title: 'LoRA paper notes, reproduced',
    skillIds: [lora.id, vllm.id],
    evidence: [
      { skillId: lora.id, kind: 'paper' },
      { skillId: vllm.id, kind: 'course' },
    ],
  })
  // Linked to the skill, yet not marked as evidence: not listed.
  await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-12-01',
    title: 'Read about paged attention',
    skillIds: [vllm.id],
  })
  return { db, vllm, lora, shipped, paper }
}

describe('evidence for skills', () => {
  it('lists per skill the entries marked as its evidence, newest first, one row an entry', async () => {
    const { db, vllm, lora, shipped, paper } = await seeded()
    const bySkill = await readEvidenceBySkill(db)
    expect(bySkill.get(vllm.id)).toEqual([
      {
        entryId: shipped.id,
        title: 'Shipped vLLM serving for search',
        date: '2026-11-12',
        kinds: ['production', 'open-source'],
      },
      {
        entryId: paper.id,
        title: 'LoRA paper notes, reproduced',
        date: '2026-10-02',
        kinds: ['course'],
      },
    ])
    expect(bySkill.get(lora.id)?.map((item) => [item.entryId, item.kinds])).toEqual([
      [paper.id, ['paper']],
    ])
    expect(await readEvidenceFor(db, lora.id)).toEqual(bySkill.get(lora.id))
  })

  it('forgets a deleted skill evidence and knows no skill without any', async () => {
    const { db, vllm, lora } = await seeded()
    await deleteSkill(db, lora.id)
    const bySkill = await readEvidenceBySkill(db)
    expect(bySkill.has(lora.id)).toBe(false)
    expect(bySkill.get(vllm.id)).toHaveLength(2)
    expect(await readEvidenceFor(db, 'no-such-skill')).toEqual([])
    expect(evidenceBySkill([])).toEqual(new Map())
  })
})
