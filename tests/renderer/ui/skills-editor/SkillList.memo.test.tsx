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

// Spies on the work a skill row does when it draws: each row names its level through levelKey.
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

const drafts: SkillDraft[] = []
/** The assessment the editor was last drawn with. */
let latest: LiveAssessment | undefined

/** The editor beside a live assessment that follows its draft, as the Skills screen wires it. */
function Harness() {
  const [draft, setDraft] = useState<SkillDraft>({})
  const [onDraftChange] = useState(() => (next: SkillDraft) => {
    drafts.push(next)
    setDraft(next)
  })
  const live = useAssessment(draft)
  latest = live
  return <SkillsEditor live={live} onDraftChange={onDraftChange} />
}

describe('SkillList while the user types in the form', () => {
  it('redraws no stored row when a keystroke moves only the draft and the assessment', async () => {
    const db = new TidemarkDatabase(`skill-list-memo-${crypto.randomUUID()}`)
    await db.open()
    for (const [name, level] of [
      ['PyTorch', 2],
      ['vLLM', 3],
      ['LoRA', 1],
    ] as const) {
      await saveSkill(db, { name, domain: 'deep-learning', level, evidence: ['production'] })
    }
    // The search index's stored copy is written before the screen opens, so no write of the
    // search's own lands mid-test (1.5 s after the search opens) while the rows are watched.
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
    fireEvent.click(await screen.findByRole('button', { name: 'Edit PyTorch' }))
    const rowsDrawn = vi.mocked(skillText.levelKey)
    await waitFor(() => {
      expect(screen.getByRole<HTMLInputElement>('radio', { name: /^2 Working/ }).checked).toBe(true)
    })
    // The rows draw again once, when the first assessment answers (their standings): on a
    // loaded machine that came after the form opened and failed a fresh-clone CI run. Waited
    // for here, so only the keystrokes' own work is watched below.
    await waitFor(() => {
      expect(latest?.sources.journal).toBeDefined()
    })
    rowsDrawn.mockClear()

    // A write of the search index's stored copy (the search does one after every journal
    // change) is not a record the assessment reads: no live query answers again, no row redraws.
    await db.searchIndex.put({ id: 'journal', revision: 1, json: '{}', tokenizerVersion: 1 })
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(rowsDrawn).not.toHaveBeenCalled()

    fireEvent.click(screen.getByRole('radio', { name: /^4 Expert/ }))
    fireEvent.change(screen.getByRole('combobox', { name: /^Name/ }), {
      target: { value: 'PyTorch 2' },
    })
    // The draft reached the assessment, yet the rows were left alone.
    await waitFor(() => {
      expect(drafts.at(-1)?.skill).toMatchObject({ name: 'PyTorch 2', level: 4 })
    })
    expect(rowsDrawn).not.toHaveBeenCalled()

    // Cancelling ends the edit: the edited row redraws (no longer current), the others do not.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => {
      expect(rowsDrawn).toHaveBeenCalledTimes(1)
    })
  })
})
