// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useCallback, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredSkill } from '../../../../renderer/data/records'
import {
  listSkills,
  saveSkill,
  type SkillDraft as SkillRecordDraft,
} from '../../../../renderer/data/repositories/skills'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import type { SkillDraft } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { SkillsEditor } from '../../../../renderer/ui/screens/skills/editor/SkillsEditor'
import { UNDO_MILLISECONDS } from '../../../../renderer/ui/screens/skills/editor/use-undoable-removal'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(() => {
  // happy-dom keeps a removed element focused across tests otherwise.
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
  vi.useRealTimers()
})

/** The editor beside a real live assessment, as the Skills screen wires them. */
function Harness({ onDraft }: { onDraft: (draft: SkillDraft) => void }) {
  const [draft, setDraft] = useState<SkillDraft>({})
  const live = useAssessment(draft)
  const onDraftChange = useCallback(
    (next: SkillDraft) => {
      onDraft(next)
      setDraft(next)
    },
    [onDraft],
  )
  return <SkillsEditor live={live} onDraftChange={onDraftChange} />
}

async function setup(
  options: { language?: UiLanguage; skills?: SkillRecordDraft[] } = {},
): Promise<{ db: TidemarkDatabase; onDraft: ReturnType<typeof vi.fn>; stored: StoredSkill[] }> {
  const db = new TidemarkDatabase(`skills-editor-${crypto.randomUUID()}`)
  await db.open()
  const stored: StoredSkill[] = []
  for (const skill of options.skills ?? []) stored.push(await saveSkill(db, skill))
  const i18n = await createI18n(options.language ?? 'en')
  const onDraft = vi.fn<(draft: SkillDraft) => void>()
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>
        <Harness onDraft={onDraft} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return { db, onDraft, stored }
}

const nameInput = () => screen.getByRole<HTMLInputElement>('combobox', { name: /^(Name|名称)/ })
const domainSelect = () => screen.getByLabelText<HTMLSelectElement>(/^(Domain|方向)$/)

describe('SkillsEditor', () => {
  it('adds a skill by keyboard, stores it and gives focus back to the add button', async () => {
    const { db } = await setup()
    await screen.findByText('No skills yet')

    fireEvent.keyDown(document.body, { key: 'n' })
    const name = nameInput()
    await waitFor(() => {
      expect(document.activeElement).toBe(name)
    })
    fireEvent.change(name, { target: { value: 'vLLM' } })
    // An exact well-known name files the skill under its domain.
    expect(domainSelect().value).toBe('inference-acceleration')
    fireEvent.click(screen.getByRole('radio', { name: /^3 Proficient/ }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Production' }))
    fireEvent.change(screen.getByLabelText('Last used'), { target: { value: '2026-10-03' } })
    fireEvent.keyDown(name, { key: 'Enter' })

    await waitFor(async () => {
      expect(await listSkills(db)).toHaveLength(1)
    })
    const [skill] = await listSkills(db)
    expect(skill).toMatchObject({
      name: 'vLLM',
      domain: 'inference-acceleration',
      level: 3,
      evidence: ['production'],
      lastUsed: '2026-10-03',
    })
    const row = (await screen.findByText('vLLM')).closest('li')
    expect(row).not.toBeNull()
    expect(within(row as HTMLElement).getByText('Level 3 · Proficient')).toBeTruthy()
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a skill' }))
    })
    expect(screen.getByRole('status').textContent).toContain('Saved “vLLM”.')

    // Alt+N from anywhere opens the next one.
    fireEvent.keyDown(document.body, { key: 'ñ', code: 'KeyN', altKey: true })
    await waitFor(() => {
      expect(document.activeElement).toBe(nameInput())
    })
    fireEvent.keyDown(nameInput(), { key: 'Escape' })
    expect(screen.queryByRole('combobox')).toBeNull()
  })

  it('asks before Escape throws away typed changes; a second Escape discards', async () => {
    const { db } = await setup({ language: 'zh-CN' })
    fireEvent.click(await screen.findByRole('button', { name: '添加技能' }))
    fireEvent.click(screen.getByRole('radio', { name: /^4 / }))
    // Escape in the still-empty name: the chosen level would be lost, so the form stays.
    const scrolled: Element[] = []
    const scrollIntoView = vi
      .spyOn(Element.prototype, 'scrollIntoView')
      .mockImplementation(function (this: Element) {
        scrolled.push(this)
      })
    fireEvent.keyDown(nameInput(), { key: 'Escape' })
    expect(nameInput()).toBeTruthy()
    expect(document.querySelector('.skill-form')?.textContent).toContain('再按一次 Esc 放弃修改')
    // The question is brought into view: it sits under the buttons, often below the window.
    expect(scrolled.map((element) => element.textContent)).toContain(
      within(document.querySelector('.skill-form') as HTMLElement)
        .getAllByRole('status')
        .find((status) => status.textContent.includes('再按一次 Esc'))?.textContent,
    )
    scrollIntoView.mockRestore()
    // Typing on withdraws the question; the next Escape asks again.
    fireEvent.keyDown(nameInput(), { key: 'v' })
    expect(document.querySelector('.skill-form')?.textContent).not.toContain('再按一次 Esc')
    fireEvent.keyDown(nameInput(), { key: 'Escape' })
    expect(nameInput()).toBeTruthy()
    fireEvent.keyDown(nameInput(), { key: 'Escape' })
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(await listSkills(db)).toHaveLength(0)

    // An untouched form closes at the first Escape: nothing to lose.
    fireEvent.click(screen.getByRole('button', { name: '添加技能' }))
    fireEvent.keyDown(nameInput(), { key: 'Escape' })
    expect(screen.queryByRole('combobox')).toBeNull()
  })

  it('fills in the domain when a suggestion is chosen', async () => {
    await setup()
    fireEvent.click(await screen.findByRole('button', { name: 'Add a skill' }))
    const name = nameInput()
    fireEvent.change(name, { target: { value: 'mega' } })
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' })
    expect(within(listbox).getByRole('option', { name: /Megatron-LM/ })).toBeTruthy()
    fireEvent.keyDown(name, { key: 'ArrowDown' })
    expect(name.getAttribute('aria-activedescendant')).toBeTruthy()
    fireEvent.keyDown(name, { key: 'Enter' })

    expect(name.value).toBe('Megatron-LM')
    expect(domainSelect().value).toBe('llm-training')
    expect(screen.getByText(/Premium class S: the top premium\./)).toBeTruthy()
    // Enter chose the suggestion; it did not save the form.
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy()

    fireEvent.change(name, { target: { value: 'lora' } })
    fireEvent.mouseDown(screen.getByRole('option', { name: /^LoRA/ }))
    expect(name.value).toBe('LoRA')
    expect(domainSelect().value).toBe('fine-tuning')
  })

  it('lets the domain follow a typed name until one is chosen (review: typed, not pasted)', async () => {
    await setup({ language: 'zh-CN' })
    fireEvent.click(await screen.findByRole('button', { name: '添加技能' }))
    const name = nameInput()
    let typed = ''
    const values: string[] = []
    for (const character of 'PyTorch 分布式训练') {
      typed += character
      fireEvent.change(name, { target: { value: typed } })
      values.push(domainSelect().value)
    }
    // "PyTorch" names deep learning; "分布式训练" then names LLM training too: the user chooses.
    expect(values[6]).toBe('deep-learning')
    expect(domainSelect().value).toBe('')
    // A domain the user chose stays, whatever is typed after.
    fireEvent.change(domainSelect(), { target: { value: 'llm-training' } })
    fireEvent.change(name, { target: { value: 'NLP' } })
    expect(domainSelect().value).toBe('llm-training')
  })

  it('shows a localized error for an empty name and stores nothing', async () => {
    const { db } = await setup({ language: 'zh-CN' })
    fireEvent.click(await screen.findByRole('button', { name: '添加技能' }))
    fireEvent.change(domainSelect(), { target: { value: 'nlp' } })
    fireEvent.change(nameInput(), { target: { value: '   ' } })
    fireEvent.keyDown(nameInput(), { key: 'Enter' })

    expect(await screen.findByText('请填写技能名称。')).toBeTruthy()
    const name = nameInput()
    expect(name.getAttribute('aria-invalid')).toBe('true')
    const described = name.getAttribute('aria-describedby') ?? ''
    const error = screen.getByText('请填写技能名称。')
    expect(described.split(' ')).toContain(error.id)
    expect(await listSkills(db)).toHaveLength(0)
  })

  it('hands an edited level up as a draft before it is saved', async () => {
    const { db, onDraft, stored } = await setup({
      skills: [{ name: 'PyTorch', domain: 'deep-learning', level: 2, evidence: ['production'] }],
    })
    const [pytorch] = stored
    fireEvent.click(await screen.findByRole('button', { name: 'Edit PyTorch' }))
    fireEvent.click(screen.getByRole('radio', { name: /^4 Expert/ }))

    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith({
        skill: {
          id: pytorch?.id,
          name: 'PyTorch',
          domain: 'deep-learning',
          level: 4,
          evidence: ['production'],
        },
      })
    })
    expect((await listSkills(db))[0]?.level).toBe(2)

    fireEvent.keyDown(screen.getByRole('radio', { name: /^4 Expert/ }), { key: 'Enter' })
    await waitFor(async () => {
      expect((await listSkills(db))[0]?.level).toBe(4)
    })
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith({})
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit PyTorch' }))
    })
  })

  it('flags an unevidenced level 4 and lifts the flag when evidence is ticked', async () => {
    const { db } = await setup({
      skills: [{ name: 'vLLM', domain: 'inference-acceleration', level: 4, evidence: [] }],
    })
    const row = (await screen.findByText('vLLM')).closest('li') as HTMLElement
    expect(await within(row).findByText('Level 4 counts as 2: no evidence.')).toBeTruthy()
    expect(
      // Every kind the ruleset counts, course included (trial 16).
      within(row).getByText(
        /Tick any of these: production, open source, paper, side project, course; or link a journal/,
      ),
    ).toBeTruthy()
    // The rule's source opens from the flag.
    expect(within(row).getByText('Why').closest('details')).not.toBeNull()

    fireEvent.click(within(row).getByRole('button', { name: 'Add evidence to vLLM' }))
    const form = screen.getByRole('form', { name: 'Edit “vLLM”' })
    const production = within(form).getByRole('checkbox', { name: 'Production' })
    await waitFor(() => {
      expect(document.activeElement).toBe(production)
    })
    expect(within(form).getByText('Level 4 counts as 2: no evidence.')).toBeTruthy()

    fireEvent.click(production)
    await waitFor(() => {
      expect(within(form).queryByText('Level 4 counts as 2: no evidence.')).toBeNull()
    })
    // The list still shows what is stored until the change is saved.
    expect(within(row).getByText('Level 4 counts as 2: no evidence.')).toBeTruthy()

    fireEvent.keyDown(production, { key: 'Enter' })
    await waitFor(async () => {
      expect((await listSkills(db))[0]?.evidence).toEqual(['production'])
    })
    await waitFor(() => {
      expect(screen.queryByText('Level 4 counts as 2: no evidence.')).toBeNull()
    })
  })

  it('counts evidence from a linked journal entry: no cap, and the list says where it came from', async () => {
    const { db, stored } = await setup({
      skills: [{ name: 'DeepSpeed', domain: 'llm-training', level: 4, evidence: [] }],
    })
    const [deepspeed] = stored
    const row = (await screen.findByText('DeepSpeed')).closest('li') as HTMLElement
    expect(await within(row).findByText('Level 4 counts as 2: no evidence.')).toBeTruthy()

    await act(async () => {
      await saveJournalEntry(db, {
        kind: 'project',
        date: '2026-11-02',
        title: 'ZeRO-3 run on 64 GPUs',
        skillIds: [deepspeed?.id ?? ''],
        evidence: [{ skillId: deepspeed?.id ?? '', kind: 'paper' }],
      })
    })
    await waitFor(() => {
      expect(within(row).queryByText('Level 4 counts as 2: no evidence.')).toBeNull()
    })
    expect(within(row).getByText('Evidence: Paper (from the journal)')).toBeTruthy()

    fireEvent.click(within(row).getByRole('button', { name: 'Edit DeepSpeed' }))
    expect(screen.getByText(/Also from linked journal entries: Paper\./)).toBeTruthy()
    expect(screen.queryByText('Level 4 counts as 2: no evidence.')).toBeNull()
  })

  // New-user trial: "3 级 · 熟练（已上线）" was shown for a skill whose only evidence was a
  // side project. The ruleset names level 3 "proficient"; any evidence kind lifts it past the
  // cap, so the level claims no production, and the evidence says what there is.
  for (const [language, level, evidence, production] of [
    ['en', 'Level 3 · Proficient', 'Evidence: Side project', /shipped|production/i],
    ['zh-CN', '3 级 · 熟练', '证据：个人项目', /已上线|生产/],
  ] as const) {
    it(`a level 3 shown by a side project claims no production, ${language}`, async () => {
      await setup({
        language,
        skills: [{ name: 'LoRA', domain: 'fine-tuning', level: 3, evidence: ['side-project'] }],
      })
      const row = (await screen.findByText('LoRA')).closest('li') as HTMLElement
      const facts = row.querySelector('.skill-facts') as HTMLElement
      expect(within(facts).getByText(level)).toBeTruthy()
      expect(within(facts).getByText(evidence)).toBeTruthy()
      expect(facts.textContent).not.toMatch(production)
    })
  }

  it('removes a skill with an undo that restores it', async () => {
    const { db, onDraft, stored } = await setup({
      skills: [
        { name: 'LoRA', domain: 'fine-tuning', level: 3, evidence: ['side-project'] },
        { name: 'RAG', domain: 'nlp', level: 2, evidence: [] },
      ],
    })
    const [lora] = stored
    fireEvent.click(await screen.findByRole('button', { name: 'Remove LoRA' }))

    expect(screen.queryByText('LoRA')).toBeNull()
    const undo = screen.getByRole('button', { name: 'Undo removing LoRA' })
    await waitFor(() => {
      expect(document.activeElement).toBe(undo)
    })
    expect(screen.getByRole('status').textContent).toContain('Removed “LoRA”.')
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith({ withoutSkillId: lora?.id })
    })

    fireEvent.click(undo)
    expect(await screen.findByText('LoRA')).toBeTruthy()
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit LoRA' }))
    })
    expect((await listSkills(db)).map((skill) => skill.name).sort()).toEqual(['LoRA', 'RAG'])
    await waitFor(() => {
      expect(onDraft).toHaveBeenLastCalledWith({})
    })
  })

  it('deletes a removed skill once the undo time runs out', async () => {
    const { db } = await setup({
      skills: [{ name: 'RAG', domain: 'nlp', level: 2, evidence: [] }],
    })
    const remove = await screen.findByRole('button', { name: 'Remove RAG' })
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    fireEvent.click(remove)
    // Focus leaves Undo, so the time runs.
    act(() => {
      ;(document.activeElement as HTMLElement | null)?.blur()
    })
    expect(await listSkills(db)).toHaveLength(1)
    act(() => {
      vi.advanceTimersByTime(UNDO_MILLISECONDS)
    })
    vi.useRealTimers()
    await waitFor(async () => {
      expect(await listSkills(db)).toHaveLength(0)
    })
    expect(await screen.findByText('No skills yet')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull()
  })
})
