// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { localDate } from '../../../../renderer/data/snapshots'
import { DRAFT_KEY } from '../../../../renderer/ui/screens/journal/entry/entry-draft'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { errorOf, field, freshDb, renderWith, settle, type } from './entry-fixture'

beforeEach(() => {
  localStorage.clear()
})

afterEach(() => {
  cleanup()
  window.location.hash = ''
  localStorage.clear()
})

async function openNew(options: Parameters<typeof renderWith>[1] = {}) {
  const rendered = await renderWith(<EntryPage entryId={null} />, options)
  await screen.findByRole('form')
  return rendered
}

async function clickSave(name: string | RegExp = 'Save') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 30))
  })
}

describe('the entry form', () => {
  it('saves a valid entry in English and opens it', async () => {
    const { db } = await openNew()
    expect(field('Date').value).toBe(localDate(new Date()))
    fireEvent.click(screen.getByRole('radio', { name: 'Interview' }))
    await type(field('Title'), 'Moonshot second round')
    await type(field('Text'), 'Asked about **KV cache** quantization.')
    await type(field('Company'), 'Moonshot')
    await clickSave()

    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    const [entry] = await db.journal.toArray()
    expect(entry).toMatchObject({
      kind: 'interview',
      title: 'Moonshot second round',
      body: 'Asked about **KV cache** quantization.',
      company: 'Moonshot',
      date: localDate(new Date()),
      tags: [],
      skillIds: [],
      evidence: [],
    })
    expect(entry?.offerId).toBeUndefined()
    expect(window.location.hash).toBe(`#/journal/${entry?.id ?? ''}`)
  })

  it('saves a valid entry in Chinese', async () => {
    const { db } = await openNew({ language: 'zh-CN' })
    expect(screen.getByRole('heading', { name: '新建记录' })).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '面试' }))
    await type(field('标题'), '字节 二面 推理加速 量化')
    await type(field('公司'), '字节跳动')
    await clickSave('保存')
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    expect((await db.journal.toArray())[0]).toMatchObject({
      kind: 'interview',
      title: '字节 二面 推理加速 量化',
      company: '字节跳动',
    })
  })

  it('shows each bad input’s error beside it, in the user’s language, and writes nothing', async () => {
    const { db } = await openNew()
    await type(field('Date'), '')
    await type(field('Company'), 'x'.repeat(101))
    await clickSave()
    expect(errorOf(field('Title'))).toBe('Give the entry a title.')
    expect(errorOf(field('Date'))).toBe(
      'Choose a date: day, month and year, one that exists (there is no 30 February).',
    )
    expect(errorOf(field('Company'))).toBe('At most 100 characters.')
    expect(screen.getByRole('status').textContent).toBe(
      'Some fields need a change: see the messages beside them.',
    )
    expect(await db.journal.count()).toBe(0)
    // The cursor goes to the first wrong input.
    expect(document.activeElement).toBe(field('Title'))

    await type(field('Title'), 'Fixed')
    await waitFor(() => {
      expect(errorOf(field('Title'))).toBeNull()
    })
    cleanup()
    // What was typed stayed as the draft: start the Chinese form empty.
    localStorage.clear()

    const zh = await openNew({ language: 'zh-CN' })
    await clickSave('保存')
    expect(errorOf(field('标题'))).toBe('请填写标题。')
    expect(await zh.db.journal.count()).toBe(0)
  })

  it('completes tags from those already used; Enter and a comma add, Backspace removes', async () => {
    const db = await freshDb()
    await saveJournalEntry(db, {
      kind: 'learning',
      date: '2026-11-01',
      title: 'Earlier',
      tags: ['quantization', 'rag', '量化'],
    })
    await openNew({ db })
    const tags = screen.getByRole('combobox', { name: 'Tags' })
    await type(tags, 'QU')
    const list = await screen.findByRole('listbox', { name: 'Tags already used' })
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['quantization'])
    expect(tags.getAttribute('aria-expanded')).toBe('true')
    act(() => {
      fireEvent.keyDown(tags, { key: 'ArrowDown' })
    })
    expect(tags.getAttribute('aria-activedescendant')).toBe(
      within(list).getByRole('option').getAttribute('id'),
    )
    act(() => {
      fireEvent.keyDown(tags, { key: 'Enter' })
    })
    await type(tags, '量')
    fireEvent.click(screen.getByRole('option', { name: '量化' }))
    await type(tags, 'fresh, ')
    await type(tags, 'typo')
    act(() => {
      fireEvent.keyDown(tags, { key: 'Enter' })
    })
    const chips = () =>
      within(screen.getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent)
    expect(chips()).toEqual(['quantization', '量化', 'fresh', 'typo'])
    // A used tag already added is offered no more.
    await type(tags, 'qu')
    expect(screen.queryByRole('option', { name: 'quantization' })).toBeNull()
    await type(tags, '')
    act(() => {
      fireEvent.keyDown(tags, { key: 'Backspace' })
    })
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag fresh' }))
    expect(chips()).toEqual(['quantization', '量化'])
    // Enter in the empty tag input does not submit the form (only Ctrl/Cmd+Enter saves).
    expect(fireEvent.keyDown(tags, { key: 'Enter' })).toBe(false)

    await type(field('Title'), 'Tagged')
    await clickSave()
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(2)
    })
    const saved = (await db.journal.toArray()).find((entry) => entry.title === 'Tagged')
    expect(saved?.tags).toEqual(['quantization', '量化'])
  })

  it('links skills and marks the entry as evidence of one', async () => {
    const db = await freshDb()
    const vllm = await saveSkill(db, {
      name: 'vLLM serving',
      domain: 'inference-acceleration',
      level: 3,
    })
    const lora = await saveSkill(db, { name: 'LoRA', domain: 'fine-tuning', level: 2 })
    await openNew({ db })
    const vllmBox = await screen.findByRole('checkbox', { name: 'vLLM serving' })
    expect(screen.queryByLabelText('Evidence of vLLM serving')).toBeNull()
    fireEvent.click(vllmBox)
    fireEvent.click(screen.getByRole('checkbox', { name: 'LoRA' }))
    fireEvent.change(screen.getByLabelText('Evidence of vLLM serving'), {
      target: { value: 'open-source' },
    })
    fireEvent.change(screen.getByLabelText('Evidence of LoRA'), { target: { value: 'course' } })
    // Unticking a skill drops its evidence too.
    fireEvent.click(screen.getByRole('checkbox', { name: 'LoRA' }))
    expect(screen.queryByLabelText('Evidence of LoRA')).toBeNull()
    await type(field('Title'), 'Merged the speculative decoding PR')
    await clickSave()
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    const [entry] = await db.journal.toArray()
    expect(entry?.skillIds).toEqual([vllm.id])
    expect(entry?.evidence).toEqual([{ skillId: vllm.id, kind: 'open-source' }])
    expect(lora.id).not.toBe(vllm.id)
  })

  it('says so beside the skills when a linked skill was deleted meanwhile, and writes nothing', async () => {
    const db = await freshDb()
    const skill = await saveSkill(db, {
      name: 'Triton kernels',
      domain: 'inference-acceleration',
      level: 2,
    })
    await openNew({ db })
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Triton kernels' }))
    await type(field('Title'), 'Kernel fusion')
    await act(async () => {
      await db.skills.delete(skill.id)
    })
    await clickSave()
    await waitFor(() => {
      expect(screen.getByText('A linked skill no longer exists: untick it.')).toBeTruthy()
    })
    expect(await db.journal.count()).toBe(0)
  })

  it('saves with Ctrl+Enter from any input', async () => {
    const { db } = await openNew()
    await type(field('Title'), 'Read the FlashAttention-3 paper')
    await act(async () => {
      fireEvent.keyDown(field('Title'), { key: 'Enter', ctrlKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    cleanup()
    const again = await openNew()
    await type(field('Title'), 'With ⌘ on a Mac')
    await act(async () => {
      fireEvent.keyDown(field('Text'), { key: 'Enter', metaKey: true })
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    await waitFor(async () => {
      expect(await again.db.journal.count()).toBe(1)
    })
  })

  it('does not save on a plain Enter in a one-line input (only Ctrl/Cmd+Enter saves)', async () => {
    const { db } = await openNew()
    await type(field('Title'), 'Half a title')
    // false: the browser's own Enter (implicit submission) is prevented.
    expect(fireEvent.keyDown(field('Title'), { key: 'Enter' })).toBe(false)
    expect(fireEvent.keyDown(field('Company'), { key: 'Enter' })).toBe(false)
    expect(
      fireEvent.keyDown(screen.getByRole('radio', { name: 'Interview' }), { key: 'Enter' }),
    ).toBe(false)
    // A new line in the text stays the textarea's own.
    expect(fireEvent.keyDown(field('Text'), { key: 'Enter' })).toBe(true)
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 30))
    })
    expect(await db.journal.count()).toBe(0)
  })

  it('keeps the unsaved entry as a draft across a remount and clears it on save', async () => {
    const db = await freshDb()
    await openNew({ db })
    fireEvent.click(screen.getByRole('radio', { name: 'Project' }))
    await type(field('Title'), 'Half-written')
    await type(field('Text'), 'Notes so far')
    await settle(500)
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
      kind: 'project',
      title: 'Half-written',
    })
    await type(field('Title'), 'Half-written, then closed at once')
    // Closed before the pause: what was typed last is still kept.
    cleanup()

    await openNew({ db })
    expect(field('Title').value).toBe('Half-written, then closed at once')
    expect(field('Text').value).toBe('Notes so far')
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Project' }).checked).toBe(true)
    await clickSave()
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull()
  })

  it('ignores a draft that does not parse', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ kind: 'rumour', title: 42 }))
    await openNew()
    expect(field('Title').value).toBe('')
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Learning' }).checked).toBe(true)
    localStorage.setItem(DRAFT_KEY, '{not json')
    cleanup()
    await openNew()
    expect(field('Title').value).toBe('')
  })

  it('fills an empty reflection with the weekly template, in the interface’s language', async () => {
    const { db } = await openNew()
    expect(screen.queryByRole('button', { name: 'Use the weekly template' })).toBeNull()
    fireEvent.click(screen.getByRole('radio', { name: 'Reflection' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Use the weekly template' }))
    const text = field('Text').value
    expect(text).toContain('## What I learned')
    expect(text).toContain('## What I shipped')
    expect(text).toContain('## What I will do next week')
    expect(field('Title').value).toBe('Weekly reflection')
    // Once there is text, the template is not offered again.
    expect(screen.queryByRole('button', { name: 'Use the weekly template' })).toBeNull()
    await clickSave()
    await waitFor(async () => {
      expect(await db.journal.count()).toBe(1)
    })
    cleanup()

    await openNew({ language: 'zh-CN' })
    fireEvent.click(screen.getByRole('radio', { name: '复盘' }))
    await type(field('标题'), '第 48 周')
    fireEvent.click(await screen.findByRole('button', { name: '套用每周复盘模板' }))
    expect(field('正文').value).toMatch(
      /^## 本周学到了什么\n[\s\S]*## 本周交付了什么[\s\S]*## 下周打算做什么/,
    )
    // A title already typed is kept.
    expect(field('标题').value).toBe('第 48 周')
  })

  it('shows the text as rendered Markdown in the preview', async () => {
    await openNew()
    await type(field('Text'), '## Plan\n\n- read the vLLM scheduler')
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }))
    const preview = screen.getByRole('region', { name: 'Preview of the text' })
    // The Markdown renderer loads lazily: seconds on a loaded machine (a CI run at load 12 missed 1 s).
    expect(
      await within(preview).findByRole('heading', { name: 'Plan', level: 3 }, { timeout: 10_000 }),
    ).toBeTruthy()
    expect(within(preview).getByRole('listitem').textContent).toBe('read the vLLM scheduler')
    expect(screen.getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
  })
})
