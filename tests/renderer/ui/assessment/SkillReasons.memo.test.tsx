// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Reason } from '../../../../renderer/domain/reason'
import * as skillReasonText from '../../../../renderer/ui/reasons/skill-reason-text'
import { loadPersona } from '../../../helpers/personas'
import { liveFrom, renderPanel, seedPersona } from './panel-fixture'

// Counts the sentences said: each call is one reason put into words.
vi.mock(import('../../../../renderer/ui/reasons/skill-reason-text'), async (importOriginal) => {
  const original = await importOriginal()
  return { ...original, reasonSaid: vi.fn(original.reasonSaid) }
})

afterEach(cleanup)

const mover = loadPersona('p1')
const keyOf = (reason: Reason) =>
  `${reason.ruleId}|${String(reason.points)}|${JSON.stringify(reason.facts)}`
const shownReasons = () =>
  Array.from(
    screen.getByRole('region', { name: 'Why' }).querySelectorAll('.reason-text'),
    (element) => element.textContent,
  )

describe('SkillReasons while the user types', () => {
  it('says again only the reasons a keystroke changed, and shows the same list as a fresh draw', async () => {
    const { db, stored } = await seedPersona(mover)
    const before = liveFrom(stored)
    const { rerenderWith, unmount } = await renderPanel(db, before, 'en')
    const sentences = vi.mocked(skillReasonText.reasonSaid)
    sentences.mockClear()

    const nlp = mover.skills.find((skill) => skill.domain === 'nlp')
    if (!nlp) throw new Error('the mover has NLP')
    const after = liveFrom(stored, { skill: { ...nlp, level: 4 } })
    rerenderWith(after)
    const earlier = new Set(before.assessment.skills.reasons.map(keyOf))
    const changed = after.assessment.skills.reasons.filter((reason) => !earlier.has(keyOf(reason)))
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(after.assessment.skills.reasons.length)
    expect(sentences).toHaveBeenCalledTimes(changed.length)

    const shown = shownReasons()
    unmount()
    await renderPanel(db, after, 'en')
    expect(shownReasons()).toEqual(shown)
  })
})
