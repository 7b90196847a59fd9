// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { EntryMarkdown } from '../../../../renderer/ui/screens/journal/entry/EntryMarkdown'
import { renderWith, spiedPlatform } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function renderMarkdown(text: string) {
  const spied = spiedPlatform()
  const { container } = await renderWith(<EntryMarkdown text={text} />, {
    platform: spied.platform,
  })
  return { container, openExternal: spied.openExternal }
}

/**
 * New-user trial 22 #7: a results table written as engineers write them ("| 方法 | 準確率 |") was
 * shown as one paragraph of pipes. GitHub's Markdown is read: tables, struck text, task lists,
 * bare links, with the same safety as the rest (links open in the system's browser only).
 */
describe('EntryMarkdown and GitHub’s Markdown', () => {
  it('draws a table, its header and its cells', async () => {
    const { container } = await renderMarkdown(
      '结果\n\n| 方法 | 準確率 |\n|---|---:|\n| 全量 | 0.91 |\n| LoRA r=8 | 0.89 |\n',
    )
    const table = screen.getByRole('table')
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['方法', '準確率'])
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['全量', '0.91', 'LoRA r=8', '0.89'])
    expect(container.textContent).not.toContain('|')
  })

  it('strikes ~~text~~ and draws a task list’s ticks as marks with words, not controls', async () => {
    const { container } = await renderMarkdown('~~vLLM 0.3~~\n\n- [x] 复现论文\n- [ ] 写博客\n')
    expect(container.querySelector('del')?.textContent).toBe('vLLM 0.3')
    // An unlabelled checkbox that does nothing was axe's "label" violation.
    expect(container.querySelector('input')).toBeNull()
    expect(screen.getAllByRole('img').map((mark) => mark.getAttribute('aria-label'))).toEqual([
      'Done',
      'Not done',
    ])
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '☑ 复现论文',
      '☐ 写博客',
    ])
  })

  it('makes a bare link one that opens in the system’s browser, never in the app', async () => {
    const { openExternal } = await renderMarkdown(
      '见 https://github.com/vllm-project/vllm 的 issue',
    )
    const link = screen.getByRole('link', { name: /github\.com\/vllm-project\/vllm/ })
    await act(async () => {
      fireEvent.click(link)
      await Promise.resolve()
    })
    expect(openExternal).toHaveBeenCalledWith('https://github.com/vllm-project/vllm')
    expect(window.location.hash).toBe('')
  })

  it('still shows raw HTML as text inside a table', async () => {
    const { container } = await renderMarkdown('| a |\n|---|\n| <img src=x onerror=alert(1)> |\n')
    expect(container.querySelector('img, script')).toBeNull()
    expect(screen.getByRole('cell').textContent).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('EntryMarkdown and footnotes', () => {
  // Review 29 G1: "结果见表[^1]" read "结果见表1" (the mark a plain number), the note came under an
  // English "Footnotes" heading with a dead "↩". Footnotes are shown as written.
  it('shows a footnote and its note as written, with no heading or back link', async () => {
    const { container } = await renderMarkdown('结果见表[^1]。\n\n[^1]: 见附录 **A**。\n')
    expect(container.textContent).toContain('结果见表[^1]。')
    expect(container.textContent).toContain('[^1]: 见附录 A。')
    expect(container.querySelector('strong')?.textContent).toBe('A')
    expect(container.querySelector('h1, h2, h3, h4, h5, h6, sup, section')).toBeNull()
    expect(container.textContent).not.toMatch(/Footnotes|↩/)
    expect(screen.queryByRole('link')).toBeNull()
  })
})

describe('EntryMarkdown and a range written with ~', () => {
  // remark-gfm's default strikes single tildes too: "月薪 3~5 万，年包 40~60 万" drew "5 万，年包
  // 40" struck through, the figures of a pay range. Only ~~two~~ strike.
  it('keeps single tildes as written', async () => {
    const { container } = await renderMarkdown('月薪 3~5 万，年包 40~60 万；~~旧 offer~~')
    expect(container.textContent).toBe('月薪 3~5 万，年包 40~60 万；旧 offer')
    expect([...container.querySelectorAll('del')].map((del) => del.textContent)).toEqual([
      '旧 offer',
    ])
  })
})
