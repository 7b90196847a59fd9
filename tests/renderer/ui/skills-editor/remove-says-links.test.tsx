// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

function Harness() {
  return <SkillsEditor live={useAssessment({})} onDraftChange={() => undefined} />
}

/**
 * New-user trial 22 #6: removing PyTorch took it out of the two journal entries that linked to
 * it (one as evidence), with nothing said; once the screen was left, nothing brought the links
 * back. While Undo is offered, the status now says what the removal takes with it.
 */
async function setup(language: UiLanguage) {
  const db = new TidemarkDatabase(`remove-links-${crypto.randomUUID()}`)
  await db.open()
  const pytorch = await saveSkill(db, { name: 'PyTorch', domain: 'deep-learning', level: 2 })
  await saveSkill(db, { name: 'RAG', domain: 'nlp', level: 2 })
  for (const title of ['开始学 PyTorch', 'PyTorch 小项目']) {
    await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title,
      skillIds: [pytorch.id],
    })
  }
  await saveGoal(db, { title: '学完 PyTorch', targetDate: '2027-03-01', skillIds: [pytorch.id] })
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('removing a skill that journal entries and goals link to', () => {
  it.each([
    [
      'en',
      'Remove PyTorch',
      'Removed “PyTorch”, and its links from 2 journal entries and 1 goal.',
      'Remove RAG',
      'Removed “RAG”.',
    ],
    [
      'zh-CN',
      '删除 PyTorch',
      '已删除“PyTorch”，2 条日志和 1 个目标中对它的关联也一并移除。',
      '删除 RAG',
      '已删除“RAG”。',
    ],
  ] as const)(
    'says what the removal takes with it (%s)',
    async (language, remove, said, removeOther, saidOther) => {
      await setup(language)
      fireEvent.click(await screen.findByRole('button', { name: remove }))
      await waitFor(() => {
        expect(screen.getByRole('status').textContent).toContain(said)
      })
      // A skill nothing links to: said as before.
      fireEvent.click(await screen.findByRole('button', { name: removeOther }))
      await waitFor(() => {
        expect(screen.getByRole('status').textContent).toContain(saidOther)
      })
    },
  )
})
