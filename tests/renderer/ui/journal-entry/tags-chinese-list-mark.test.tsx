// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EntryPage } from '../../../../renderer/ui/screens/journal/entry/EntryPage'
import { renderWith, type } from './entry-fixture'

afterEach(() => {
  cleanup()
  localStorage.clear()
  window.location.hash = ''
})

/**
 * New-user trial 22 #8: "训练，推理、部署" in the tag box gave two tags, 训练 and "推理、部署": the
 * box split on commas only, and 、 is the mark a Chinese list is written with.
 */
describe('the tag box and the Chinese list mark 、', () => {
  const chips = () =>
    within(screen.getByRole('list', { name: '标签' }))
      .getAllByRole('listitem')
      .map((item) => item.firstChild?.textContent)

  it('ends a tag typed or pasted with 、 as with a comma', async () => {
    await renderWith(<EntryPage entryId={null} />, { language: 'zh-CN' })
    await screen.findByRole('form')
    const tags = screen.getByRole('combobox', { name: '标签' })
    await type(tags, '训练，推理、部署')
    expect(chips()).toEqual(['训练', '推理'])
    expect((tags as HTMLInputElement).value).toBe('部署')
    act(() => {
      fireEvent.keyDown(tags, { key: '、' })
    })
    expect(chips()).toEqual(['训练', '推理', '部署'])
    expect(screen.getByText(/输入逗号或顿号/)).toBeTruthy()
  })
})
