// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { evidenceBySkill } from '../../../../renderer/data/repositories/evidence'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { evidenceLifts, reasonText } from '../../../../renderer/ui/reasons/skill-reason-text'
import type { SkillDraft } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

function Harness() {
  const [draft, setDraft] = useState<SkillDraft>({})
  return <SkillsEditor live={useAssessment(draft)} onDraftChange={setDraft} />
}

async function seeded() {
  const db = await freshDb('skill-evidence')
  const vllm = await saveSkill(db, { name: 'vLLM', domain: 'inference-acceleration', level: 3 })
  const lora = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 3 })
  const shipped = await saveJournalEntry(db, {
    kind: 'project',
    date: '2026-11-12',
    title: 'Shipped vLLM serving for search',
    skillIds: [vllm.id],
    evidence: [{ skillId: vllm.id, kind: 'production' }],
  })
  const course = await saveJournalEntry(db, {
    kind: 'learning',
    date: '2026-09-01',
    title: 'Finished the serving course',
    skillIds: [vllm.id, lora.id],
    evidence: [{ skillId: vllm.id, kind: 'course' }],
  })
  return { db, vllm, lora, shipped, course }
}

describe('a skill showing its evidence', () => {
  it('lists the entries behind it and names the one that lifts the cap', async () => {
    const { db, shipped, course } = await seeded()
    await renderWith(db, <Harness />)
    const evidence = await screen.findByTestId('skill-evidence', {}, { timeout: 5000 })
    const links = within(evidence).getAllByRole('link')
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Shipped vLLM serving for search', `#/journal/${shipped.id}`],
      ['Finished the serving course', `#/journal/${course.id}`],
    ])
    expect(evidence.textContent).toContain('Production · Nov 12, 2026')
    expect(evidence.textContent).toContain('Course · Sep 1, 2026')
    expect(evidence.textContent).toContain(
      'Counted at level 3. Evidence: “Shipped vLLM serving for search” (journal, Nov 12, 2026) and 1 more entry lift the cap.',
    )
    // LoRA: linked to an entry but with no evidence of its own, so still capped, no list.
    const rows = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('skill-row'))
    const lora = rows.find((row) => row.textContent.includes('LoRA'))
    expect(lora?.querySelector('[data-testid="skill-evidence"]')).toBeNull()
    expect(lora?.querySelector('.skill-cap')).not.toBeNull()
  })

  // axe's heading-order (new-user trial): h2 我的技能 was followed by h4 作为证据的日志.
  it('heads its list one level under the skills heading, skipping none', async () => {
    const { db } = await seeded()
    await renderWith(db, <Harness />, 'zh-CN')
    await screen.findByTestId('skill-evidence', {}, { timeout: 5000 })
    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => [
      heading.textContent,
      Number(heading.tagName.slice(1)),
    ])
    expect(levels).toContainEqual(['作为证据的日志', 3])
    for (const [index, [, level]] of levels.entries()) {
      if (index > 0) expect(level).toBeLessThanOrEqual(Number(levels[index - 1]?.[1]) + 1)
    }
  })

  it('says it in Chinese, and stops once the evidence is gone', async () => {
    const { db, shipped, course } = await seeded()
    await renderWith(db, <Harness />, 'zh-CN')
    const evidence = await screen.findByTestId('skill-evidence', {}, { timeout: 5000 })
    expect(evidence.textContent).toContain(
      '按 3 级计算。证据：“Shipped vLLM serving for search”（日志，2026年11月12日）及另外 1 条记录解除了上限。',
    )
    await saveJournalEntry(db, { ...shipped, evidence: [] })
    await saveJournalEntry(db, { ...course, evidence: [] })
    await waitFor(() => {
      expect(screen.queryByTestId('skill-evidence')).toBeNull()
    })
  })
})

describe('the skill reason naming the entry', () => {
  it('adds the lifting entry to the domain reason, and only where the cap was lifted', async () => {
    const { db, vllm, lora } = await seeded()
    const t = (await createI18n('en')).t
    const skills = [vllm, lora]
    const entries = await db.journal.toArray()
    const lifts = evidenceLifts(
      [
        {
          domain: 'inference-acceleration',
          effective: 3,
          claimed: 3,
          capped: false,
          skillId: vllm.id,
        },
        { domain: 'fine-tuning', effective: 2, claimed: 3, capped: true, skillId: lora.id },
      ],
      skills,
      evidenceBySkill(entries),
      DEFAULT_RULESET,
    )
    expect([...lifts.keys()]).toEqual(['inference-acceleration'])
    const reason = {
      ruleId: 'inference-acceleration',
      points: 30,
      facts: { domain: 'inference-acceleration', premiumClass: 'A', level: 3, rank: 1, weight: 1 },
      citation: DEFAULT_RULESET.evidenceCap.citation,
      assumption: false,
    }
    const plain = reasonText(reason, t, 'en', DEFAULT_RULESET)
    const named = reasonText(reason, t, 'en', DEFAULT_RULESET, lifts)
    expect(named).toBe(
      plain.replace(
        /: \+30 points$/,
        '; Evidence: “Shipped vLLM serving for search” (journal, Nov 12, 2026) lifts the cap: +30 points',
      ),
    )
    expect(plain).not.toContain('Evidence')
  })
})
