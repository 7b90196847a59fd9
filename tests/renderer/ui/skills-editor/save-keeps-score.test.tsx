// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useCallback, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { listSkills, saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import type { SkillDraft } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

/**
 * assess23: every save of a skill's level showed the new score, then the old one again, then the
 * new one (57 → 60.4 → 57 → 60.4 on the sample): the editor dropped its draft on save before the
 * stored list had read the saved skill back, so the assessment fell back to the skill as stored
 * before. The score's live region announced the old figure, and every figure redrew twice.
 */
const scores: number[] = []
const drafts: SkillDraft[] = []

function Harness() {
  const [draft, setDraft] = useState<SkillDraft>({})
  const live = useAssessment(draft)
  if (live) scores.push(live.assessment.skills.score)
  const onDraftChange = useCallback((next: SkillDraft) => {
    drafts.push(next)
    setDraft(next)
  }, [])
  return <SkillsEditor live={live} onDraftChange={onDraftChange} />
}

describe('saving a skill', () => {
  it('never shows the score from before the save once the new one has shown', async () => {
    const db = new TidemarkDatabase(`save-keeps-score-${crypto.randomUUID()}`)
    await db.open()
    await saveSkill(db, {
      name: 'PyTorch',
      domain: 'deep-learning',
      level: 2,
      evidence: ['production'],
    })
    const i18n = await createI18n('en')
    scores.length = 0
    drafts.length = 0
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={testServices(db, detectPlatform({}))}>
          <Harness />
        </ServicesProvider>
      </I18nextProvider>,
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Edit PyTorch' }))
    const before = scores.at(-1)
    fireEvent.click(screen.getByRole('radio', { name: /^4 Expert/ }))
    await waitFor(() => {
      expect(scores.at(-1)).not.toBe(before)
    })
    const after = scores.at(-1)
    const shownFrom = scores.length - 1
    const draftsBefore = drafts.length
    fireEvent.keyDown(screen.getByRole('radio', { name: /^4 Expert/ }), { key: 'Enter' })
    await waitFor(async () => {
      expect((await listSkills(db))[0]?.level).toBe(4)
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit PyTorch' }))
    })
    // Let the live queries settle, then read every score shown since the new one.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(scores.slice(shownFrom)).not.toContain(before)
    expect(scores.at(-1)).toBe(after)
    // The draft handed up after the save is the saved skill until the list holds it, then none.
    const sinceSave = drafts.slice(draftsBefore)
    expect(sinceSave[0]?.skill?.level).toBe(4)
    expect(sinceSave.at(-1)).toEqual({})
    await db.delete()
  })
})
