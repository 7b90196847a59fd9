// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { GoalsView } from '../../../../renderer/ui/screens/journal/goals/GoalsView'
import { freshDb, renderWith } from './entry-fixture'

afterEach(cleanup)

/**
 * Trial 20 #3: the entry form's skills and the goal form's skill list came in the order of the
 * skills' random ids. Ids here are chosen so that id order is not name order.
 */
async function seedSkills(db: TidemarkDatabase) {
  const skills = [
    { id: 'a', name: 'vLLM', domain: 'inference-acceleration' },
    { id: 'b', name: 'Go', domain: 'cs-data-foundations' },
    { id: 'c', name: 'Kubernetes', domain: 'llm-foundation-software' },
    { id: 'd', name: 'LoRA fine-tuning', domain: 'fine-tuning' },
  ] as const
  for (const skill of skills) await saveSkill(db, { ...skill, level: 2 })
  expect((await db.skills.toArray()).map((skill) => skill.name)).toEqual([
    'vLLM',
    'Go',
    'Kubernetes',
    'LoRA fine-tuning',
  ])
}

const BY_NAME = ['Go', 'Kubernetes', 'LoRA fine-tuning', 'vLLM']

describe('the journal’s skill lists', () => {
  it('list the skills by name in the entry form', async () => {
    const db = await freshDb()
    await seedSkills(db)
    await renderWith(<EntryPage entryId={null} />, { db })
    await screen.findByRole('checkbox', { name: 'vLLM' }, { timeout: 5000 })
    const names = screen
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-label') ?? box.closest('label')?.textContent ?? '')
      .filter((name) => BY_NAME.some((skill) => name.includes(skill)))
    expect(names.map((name) => BY_NAME.find((skill) => name.includes(skill)))).toEqual(BY_NAME)
  })

  it('list the skills by name in the goal form', async () => {
    const db = await freshDb()
    await seedSkills(db)
    await renderWith(<GoalsView />, { db })
    fireEvent.click(await screen.findByRole('button', { name: 'Add a goal' }, { timeout: 5000 }))
    const form = screen.getByRole('form', { name: 'New goal' })
    fireEvent.change(within(form).getByLabelText('Measured by'), {
      target: { value: 'skill-level' },
    })
    const select = await within(form).findByLabelText<HTMLSelectElement>('Skill')
    const listed = [...select.options].map((option) => option.textContent)
    expect(listed.flatMap((text) => BY_NAME.filter((skill) => text.startsWith(skill)))).toEqual(
      BY_NAME,
    )
  })
})
