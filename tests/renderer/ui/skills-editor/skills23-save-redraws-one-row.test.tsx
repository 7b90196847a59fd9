// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { type LiveAssessment, useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import type { SkillDraft } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import * as skillText from '../../../../renderer/ui/screens/skills/editor/skill-text'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

// Each row names its level through levelKey when it draws: the spy counts rows drawn.
vi.mock(
  import('../../../../renderer/ui/screens/skills/editor/skill-text'),
  async (importOriginal) => {
    const original = await importOriginal()
    return { ...original, levelKey: vi.fn(original.levelKey) }
  },
)

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

let latest: LiveAssessment | undefined

function Harness() {
  const [draft, setDraft] = useState<SkillDraft>({})
  const [onDraftChange] = useState(() => (next: SkillDraft) => {
    setDraft(next)
  })
  const live = useAssessment(draft)
  latest = live
  return <SkillsEditor live={live} onDraftChange={onDraftChange} />
}

describe(
  'SkillList after a save (trial 18: each save redrew all 200 rows)',
  { timeout: 20_000 },
  () => {
    it('redraws only the saved row, though the save reads every skill again', async () => {
      const db = new TidemarkDatabase(`skills23-save-${crypto.randomUUID()}`)
      await db.open()
      const names = ['PyTorch', 'vLLM', 'LoRA', 'JAX', 'CUDA', 'Triton']
      for (const [index, name] of names.entries()) {
        await saveSkill(db, {
          name,
          domain: 'deep-learning',
          level: index === 1 ? 1 : 0,
          evidence: ['paper'],
        })
      }
      const services = testServices(db, detectPlatform({}))
      await services.search.ready
      await services.search.flush()
      render(
        <I18nextProvider i18n={await createI18n('en')}>
          <ServicesProvider services={services}>
            <Harness />
          </ServicesProvider>
        </I18nextProvider>,
      )
      await screen.findByRole('button', { name: 'Edit Triton' })
      await waitFor(() => {
        expect(latest?.sources.journal).toBeDefined()
      })
      fireEvent.click(screen.getByRole('button', { name: 'Edit vLLM' }))
      await waitFor(() => {
        expect(screen.getByRole<HTMLInputElement>('radio', { name: /^1 Aware/ }).checked).toBe(true)
      })
      // Settle: the rows that redraw as the form opens (the edited one) are not counted.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const rowsDrawn = vi.mocked(skillText.levelKey)
      rowsDrawn.mockClear()

      fireEvent.click(screen.getByRole('radio', { name: /^3 Proficient/ }))
      fireEvent.click(screen.getByRole('button', { name: 'Save' }))
      await screen.findByText('Saved “vLLM”.')
      await new Promise((resolve) => setTimeout(resolve, 500))
      // The saved row draws (its new level, its end of editing: at most twice); the five others,
      // equal but read again as new objects, not at all (before: every row, 6 draws or more).
      expect(rowsDrawn.mock.calls.length).toBeGreaterThan(0)
      expect(rowsDrawn.mock.calls.length).toBeLessThanOrEqual(2)
      expect(rowsDrawn.mock.calls.every(([level]) => level === 3)).toBe(true)
    })
  },
)
