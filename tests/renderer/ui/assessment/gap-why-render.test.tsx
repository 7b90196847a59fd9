// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET as ruleset } from '../../../../renderer/domain'
import { profileSchema, skillSchema, type Skill } from '../../../../renderer/domain/model/profile'
import { scoreSkills } from '../../../../renderer/domain/skills/score-skills'
import { skillGaps } from '../../../../renderer/domain/skills/skill-gaps'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { GapList } from '../../../../renderer/ui/screens/skills/assessment/GapList'

afterEach(cleanup)

/** Trial 20 #2: each gap opens its parts, each with its Source, as the score's reasons do. */
const profile = profileSchema.parse({
  education: 'bachelor',
  yearsOfExperience: 8,
  currentEmployer: 'big-tech',
  roleFamily: 'engineering',
  stability: 'stable',
})
const skill = (domain: string, level: number): Skill =>
  skillSchema.parse({ id: domain, name: domain, domain, level, evidence: ['production'] })
const skills = [skill('inference-acceleration', 3), skill('llm-training', 1)]
const current = scoreSkills(profile, skills, ruleset)
const gaps = skillGaps(profile, skills, current, ruleset)

describe('a gap’s “How it adds up”', () => {
  it('is named by its gap, closed at first, and opens its parts with their sources', async () => {
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <GapList gaps={gaps} tier={current.tier} ruleset={ruleset} atTop={false} />
      </I18nextProvider>,
    )
    const first = screen.getAllByRole('listitem')[0]
    if (!first) throw new Error('no gap')
    const details = first.querySelector('details.gap-why')
    const summary = details?.querySelector('summary')
    if (!(details instanceof HTMLDetailsElement) || !summary) throw new Error('no disclosure')
    // Named "How it adds up" and then by its gap's action, for a list of them.
    const named = (summary.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ')
    expect(named).toBe('How it adds up Raise LLM training from 1 to 4')
    expect(details.querySelector('.reason-list')).toBeNull()
    act(() => {
      details.open = true
      details.dispatchEvent(new Event('toggle'))
    })
    const parts = within(details).getByRole('list', { name: 'How this step’s points add up' })
    const lines = [...parts.querySelectorAll('.reason-text')].map((line) => line.textContent)
    expect(lines[0]).toMatch(/^LLM training at level 4 \(expert\).*: \+47\.5 points$/)
    expect(lines.some((line) => line.startsWith('Breadth: 2 of the bottom-layer'))).toBe(true)
    // Last, the tier after the step, with its source: the line it reaches.
    expect(lines.at(-1)).toBe('Score 76.8 reaches Premium (≈1M+): 50 and up')
    expect(within(parts).getAllByText('Source')).toHaveLength(lines.length)
    expect(details.textContent).toContain('After the step, rule by rule')
  })
})
