// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveGoal } from '../../../../renderer/data/repositories/goals'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { listSkills, saveSkill } from '../../../../renderer/data/repositories/skills'
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
 * Review 28: removing NLP said "…and its links from 2 journal entries and 1 goal", but the goal
 * "Level 4 in NLP" lost its target too (the dashboard went from "Reached · Counted at level 4;
 * goal: level 4" to its bare title). While Undo is offered the status says so, and Undo keeps
 * the target.
 */
async function setup(language: UiLanguage) {
  const db = new TidemarkDatabase(`remove-target-${crypto.randomUUID()}`)
  await db.open()
  const nlp = await saveSkill(db, { name: 'NLP', domain: 'nlp', level: 4 })
  const vllm = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 4 })
  const rag = await saveSkill(db, { name: 'RAG', domain: 'nlp', level: 2 })
  for (const title of ['Shipped vLLM serving', 'Read the FlashAttention paper']) {
    await saveJournalEntry(db, { kind: 'project', date: '2026-11-12', title, skillIds: [nlp.id] })
  }
  // Links NLP and targets its level.
  const level = await saveGoal(db, {
    title: 'Level 4 in NLP',
    targetDate: '2027-03-01',
    skillIds: [nlp.id],
    target: { kind: 'skill-level', skillId: nlp.id, level: 4 },
  })
  // Targets vLLM's level without linking it; and one more goal on RAG's level, two in all.
  const onlyTarget = await saveGoal(db, {
    title: 'vLLM to 4',
    targetDate: '2027-03-01',
    skillIds: [],
    target: { kind: 'skill-level', skillId: vllm.id, level: 4 },
  })
  for (const title of ['RAG to 3', 'RAG to 4']) {
    await saveGoal(db, {
      title,
      targetDate: '2027-03-01',
      skillIds: [],
      target: { kind: 'skill-level', skillId: rag.id, level: 3 },
    })
  }
  const view = render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return { db, nlp, level, onlyTarget, view }
}

const status = () => screen.getByRole('status').textContent

describe.each([
  {
    language: 'en',
    remove: (name: string) => `Remove ${name}`,
    undo: 'Undo removing NLP',
    nlp: 'Removed “NLP”, and its links from 2 journal entries and 1 goal. 1 goal that targets a level in “NLP” loses that target.',
    vllm: 'Removed “vLLM”. 1 goal that targets a level in “vLLM” loses that target.',
    rag: 'Removed “RAG”. 2 goals that target a level in “RAG” lose that target.',
  },
  {
    language: 'zh-CN',
    remove: (name: string) => `删除 ${name}`,
    undo: '撤销删除 NLP',
    nlp: '已删除“NLP”，2 条日志和 1 个目标中对它的关联也一并移除。1 个目标中“NLP”要达到的等级也随之取消。',
    vllm: '已删除“vLLM”。1 个目标中“vLLM”要达到的等级也随之取消。',
    rag: '已删除“RAG”。2 个目标中“RAG”要达到的等级也随之取消。',
  },
] as const)(
  'removing a skill a goal targets ($language)',
  ({ language, remove, undo, ...said }) => {
    it('says the goal loses its target, and Undo keeps it', async () => {
      const { db, nlp, level, view } = await setup(language)
      fireEvent.click(await screen.findByRole('button', { name: remove('NLP') }))
      await waitFor(() => {
        expect(status()).toContain(said.nlp)
      })
      fireEvent.click(screen.getByRole('button', { name: undo }))
      // Leaving the screen ends the undo time (a removal still pending is carried out then).
      view.unmount()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect((await listSkills(db)).map((skill) => skill.id)).toContain(nlp.id)
      expect(await db.goals.get(level.id)).toEqual(level)
    })

    it('without Undo the target goes, as said', async () => {
      const { db, level, view } = await setup(language)
      fireEvent.click(await screen.findByRole('button', { name: remove('NLP') }))
      await waitFor(() => {
        expect(status()).toContain(said.nlp)
      })
      view.unmount()
      await waitFor(async () => {
        expect((await db.goals.get(level.id))?.target).toBeUndefined()
      })
    })

    it('names a goal that only targets the level, and counts two', async () => {
      await setup(language)
      fireEvent.click(await screen.findByRole('button', { name: remove('vLLM') }))
      await waitFor(() => {
        expect(status()).toContain(said.vllm)
      })
      fireEvent.click(await screen.findByRole('button', { name: remove('RAG') }))
      await waitFor(() => {
        expect(status()).toContain(said.rag)
      })
    })
  },
)
