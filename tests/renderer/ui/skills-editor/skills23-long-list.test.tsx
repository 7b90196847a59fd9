// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import type { SkillDraft } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

function Harness() {
  const [draft, setDraft] = useState<SkillDraft>({})
  const live = useAssessment(draft)
  return <SkillsEditor live={live} onDraftChange={setDraft} />
}

/** `count` skills in one domain: "Skill 01" at level 4, the rest at level 2 (so it sorts first). */
async function openWith45(language: 'en' | 'zh-CN', count = 45) {
  const db = new TidemarkDatabase(`skills23-long-${crypto.randomUUID()}`)
  await db.open()
  for (let index = 1; index <= count; index++) {
    const name = `Skill ${String(index).padStart(2, '0')}`
    await saveSkill(db, {
      name,
      domain: 'deep-learning',
      level: index === 1 ? 4 : 2,
      evidence: ['paper'],
    })
  }
  const services = testServices(db, detectPlatform({}))
  await services.search.ready
  await services.search.flush()
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={services}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return db
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Your skills' })).getAllByRole('button', {
    name: /^Edit /,
  })

// 45 skills written and drawn: seconds on a loaded machine.
describe(
  'A long skill list (trial 18: 200 rows drawn at once took seconds)',
  { timeout: 20_000 },
  () => {
    it('draws a page of rows and adds a page at "Show more", focus on the first one added', async () => {
      await openWith45('en')
      await screen.findByRole('button', { name: 'Edit Skill 01' })
      expect(rows()).toHaveLength(40)
      const more = screen.getByRole('button', { name: 'Show 5 more (5 not shown)' })
      fireEvent.click(more)
      await waitFor(() => {
        expect(rows()).toHaveLength(45)
      })
      await waitFor(() => {
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Skill 41' }))
      })
      expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull()
    })

    it('finds skills by name and says how many of all show', async () => {
      await openWith45('en')
      await screen.findByRole('button', { name: 'Edit Skill 01' })
      expect(screen.getByText('45 of 45 skills')).toBeDefined()
      fireEvent.change(screen.getByRole('searchbox', { name: 'Find a skill' }), {
        target: { value: 'skill 4' },
      })
      await waitFor(() => {
        expect(rows().map((button) => button.getAttribute('aria-label'))).toEqual([
          'Edit Skill 40',
          'Edit Skill 41',
          'Edit Skill 42',
          'Edit Skill 43',
          'Edit Skill 44',
          'Edit Skill 45',
        ])
      })
      expect(screen.getByText('6 of 45 skills')).toBeDefined()
      fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), {
        target: { value: 'name' },
      })
      fireEvent.change(screen.getByRole('searchbox', { name: 'Find a skill' }), {
        target: { value: '' },
      })
      await waitFor(() => {
        expect(rows()[0]?.getAttribute('aria-label')).toBe('Edit Skill 01')
      })
    })

    // Review 24 L8: sorted by name at 12 skills, one removed: the controls went (they show from
    // 12) and the list stayed sorted by name with no way back.
    it('keeps the sort in view while the list is sorted otherwise than by domain', async () => {
      const db = await openWith45('en', 12)
      await screen.findByRole('button', { name: 'Edit Skill 01' })
      fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), {
        target: { value: 'name' },
      })
      const removed = (await db.skills.toArray()).find((skill) => skill.name === 'Skill 05')
      await db.skills.delete(removed?.id ?? '')
      await waitFor(() => {
        expect(rows()).toHaveLength(11)
      })
      expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeDefined()
    })

    it('brings back the edit button of a skill a save moved past the rows drawn, focused', async () => {
      await openWith45('en')
      fireEvent.click(await screen.findByRole('button', { name: 'Edit Skill 01' }))
      await waitFor(() => {
        expect(screen.getByRole<HTMLInputElement>('radio', { name: /^4 Expert/ }).checked).toBe(
          true,
        )
      })
      // Level 4 to 0: by domain, then level, "Skill 01" sorts last, row 45 of 40 drawn.
      fireEvent.click(screen.getByRole('radio', { name: /^0 / }))
      fireEvent.click(screen.getByRole('button', { name: 'Save' }))
      await waitFor(() => {
        expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Skill 01' }))
      })
      expect(rows().at(-1)?.getAttribute('aria-label')).toBe('Edit Skill 01')
    })

    it('draws every skill found for the print, and a page again after it', async () => {
      await openWith45('en')
      await screen.findByRole('button', { name: 'Edit Skill 01' })
      expect(rows()).toHaveLength(40)
      window.dispatchEvent(new Event('beforeprint'))
      // Drawn within the event, before the browser lays the print out.
      expect(rows()).toHaveLength(45)
      window.dispatchEvent(new Event('afterprint'))
      await waitFor(() => {
        expect(rows()).toHaveLength(40)
      })
    })

    it('says the count in Chinese', async () => {
      await openWith45('zh-CN')
      await screen.findByRole('button', { name: '编辑 Skill 01' })
      expect(screen.getByText('45 / 45 项技能')).toBeDefined()
      expect(screen.getByRole('searchbox', { name: '查找技能' })).toBeDefined()
    })
  },
)
