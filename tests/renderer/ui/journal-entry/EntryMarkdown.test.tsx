// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import {
  EntryMarkdown,
  externalUrl,
} from '../../../../renderer/ui/screens/journal/entry/EntryMarkdown'
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

/** Every attribute of every element, as name=value, to look for handlers and URLs. */
function attributes(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
  )
}

describe('EntryMarkdown', () => {
  it('renders Markdown structure, its headings under the page’s', async () => {
    const { container } = await renderMarkdown('# Week 48\n\n## Shipped\n\n- **int8** KV cache\n')
    expect(screen.getByRole('heading', { level: 3, name: 'Week 48' })).toBeTruthy()
    expect(screen.getByRole('heading', { level: 4, name: 'Shipped' })).toBeTruthy()
    expect(container.querySelector('li strong')?.textContent).toBe('int8')
  })

  it('nests the text’s headings under the page’s without skipping a level', async () => {
    const { container } = await renderMarkdown('## Learned\n\n#### Detail\n\n## Shipped')
    expect([...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)).toEqual(
      ['H3', 'H4', 'H3'],
    )
  })

  it('shows raw HTML as text: no img, no handler', async () => {
    const { container } = await renderMarkdown(
      'Before <img src=x onerror=alert(1)> after\n\n<script>alert(2)</script>\n\n<a href="javascript:alert(3)" onclick="alert(4)">x</a>',
    )
    expect(container.querySelector('img, script, iframe')).toBeNull()
    expect(attributes(container).filter((attribute) => /^on/i.test(attribute))).toEqual([])
    expect(container.querySelector('a')).toBeNull()
    // What was written is still there to read.
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>')
  })

  it('gives a javascript: or data: link no href at all', async () => {
    const { container } = await renderMarkdown(
      '[click me](javascript:alert(1)) [data](data:text/html,<b>x</b>) <javascript:alert(2)> [rel](#/settings)',
    )
    expect(container.textContent).toContain('click me')
    expect(container.querySelector('a')).toBeNull()
    expect(attributes(container).some((attribute) => /javascript:|data:/i.test(attribute))).toBe(
      false,
    )
  })

  it('never loads an image: a remote one becomes a link, a local one its alt text', async () => {
    const { container, openExternal } = await renderMarkdown(
      '![architecture](https://example.com/a.png) ![local](x.png) ![](javascript:alert(1))',
    )
    expect(container.querySelector('img')).toBeNull()
    expect(attributes(container).some((attribute) => attribute.startsWith('src='))).toBe(false)
    const link = screen.getByRole('link', { name: /Image: architecture/ })
    expect(link.getAttribute('href')).toBe('https://example.com/a.png')
    expect(container.textContent).toContain('Image: local')
    act(() => {
      fireEvent.click(link)
    })
    expect(openExternal).toHaveBeenCalledWith('https://example.com/a.png')
  })

  it('opens a link in the system browser and never navigates the app', async () => {
    window.location.hash = '#/journal/abc'
    const { openExternal } = await renderMarkdown(
      'See [the vLLM docs](https://docs.vllm.ai/en/latest/) or mail <mailto:me@example.com>.',
    )
    const link = screen.getByRole('link', { name: /the vLLM docs/ })
    let notPrevented = true
    act(() => {
      notPrevented = fireEvent.click(link)
    })
    expect(notPrevented).toBe(false)
    expect(openExternal).toHaveBeenCalledTimes(1)
    expect(openExternal).toHaveBeenCalledWith('https://docs.vllm.ai/en/latest/')
    expect(window.location.hash).toBe('#/journal/abc')
    expect(screen.getByRole('link', { name: /me@example.com/ }).getAttribute('href')).toBe(
      'mailto:me@example.com',
    )
  })

  it('keeps only absolute http, https and mailto URLs', () => {
    expect(externalUrl('https://example.com/x')).toBe('https://example.com/x')
    expect(externalUrl(' http://example.com ')).toBe('http://example.com/')
    expect(externalUrl('mailto:a@b.c')).toBe('mailto:a@b.c')
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'app://tidemark/index.html',
      '#/settings',
      '/relative',
      'vbscript:x',
    ]) {
      expect(externalUrl(bad)).toBeUndefined()
    }
  })
})
