// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { freshDb, renderWith } from './entry-fixture'

/**
 * Trial finding: ticking a skill in the entry form put its evidence select between that box and
 * the next, so the Tab after a tick went into the select instead of to the next skill (and the
 * grid of boxes reflowed). The checkboxes are now Tab stops one after another whatever is
 * ticked; the ticked skills' selects follow the last box, in the skills' order, under a line
 * that says what they are.
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
    legend: 'Skills',
    evidenceOf: (skill: string) => `Evidence of ${skill}`,
    title: 'Evidence for the ticked skills',
  },
  'zh-CN': {
    legend: '技能',
    evidenceOf: (skill: string) => `作为“${skill}”的证据`,
    title: '已勾选技能的证据',
  },
} as const

/** The Tab stops inside `root`, in the order Tab reaches them (no positive tabindex here). */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]'),
  ].filter((element) => element.tabIndex >= 0 && !element.hasAttribute('disabled'))
}

describe.each(['en', 'zh-CN'] as const)('ticking skills in an entry (%s)', (language) => {
  it('leaves the next Tab stop on the next skill; the selects come after the boxes', async () => {
    const words = WORDS[language]
    const db = await freshDb()
    for (const [name, domain] of [
      ['LoRA', 'fine-tuning'],
      ['NLP', 'nlp'],
      ['vLLM', 'inference-acceleration'],
    ] as const)
      await saveSkill(db, { name, domain, level: 3 })
    await renderWith(<EntryPage entryId={null} />, { db, language })
    await screen.findByRole('form')
    const group = screen.getByRole('group', { name: new RegExp(`^${words.legend}`) })
    const box = (name: string) => within(group).getByRole('checkbox', { name })

    fireEvent.click(await within(group).findByRole('checkbox', { name: 'LoRA' }))
    fireEvent.click(box('vLLM'))

    const boxes = within(group).getAllByRole('checkbox')
    expect(boxes).toHaveLength(3)
    const ticked = boxes.filter((each) => (each as HTMLInputElement).checked)
    const evidenceOf = (each: HTMLElement) =>
      within(group).getByLabelText(words.evidenceOf(each.parentElement?.textContent ?? ''))
    expect(tabStops(group)).toEqual([...boxes, ...ticked.map(evidenceOf)])
    // The selects are a group of their own, named by the line above them.
    const evidenceGroup = within(group).getByRole('group', { name: words.title })
    expect(evidenceGroup.contains(evidenceOf(box('LoRA')))).toBe(true)

    // Unticked, a skill's select goes; the boxes stay as they were.
    fireEvent.click(box('LoRA'))
    expect(tabStops(group)).toEqual([...boxes, evidenceOf(box('vLLM'))])
  })
})
