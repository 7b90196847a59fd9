// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import {
  LazyEntryMarkdown,
  preloadEntryMarkdown,
} from '../../../../renderer/ui/screens/journal/entry/lazy-markdown'
import {
  resetWarmEntryPage,
  useWarmEntryPage,
} from '../../../../renderer/ui/screens/journal/entry/warm-entry-page'

/**
 * New-user trial 11: an entry's body said "Loading…" for 0.5-2.5 s on first open, while the
 * Markdown renderer's chunk loaded. It is loaded ahead (idle, or the pointer or focus on an
 * entry's link), and once loaded it renders at once, without suspending.
 */

afterEach(() => {
  cleanup()
  resetWarmEntryPage()
  vi.restoreAllMocks()
})

it('renders the Markdown at once, with no fallback, once preloaded', async () => {
  await preloadEntryMarkdown()
  render(
    <Suspense fallback={<p>Loading…</p>}>
      <LazyEntryMarkdown text={'## Progress\n\n- **QLoRA**'} />
    </Suspense>,
  )
  expect(screen.queryByText('Loading…')).toBeNull()
  expect(screen.getByRole('heading', { name: 'Progress' })).toBeTruthy()
})

function Journal() {
  useWarmEntryPage()
  return (
    <nav>
      <a href="#/journal/goals">Goals</a>
      <a href="#/journal/e1">LoRA week 3</a>
    </nav>
  )
}

it('starts loading when the pointer reaches an entry’s link, not a view’s', () => {
  // No idle moment in this test: only the pointer can start it.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0)
  const imports = vi.spyOn(document, 'removeEventListener')
  render(<Journal />)
  fireEvent.pointerOver(screen.getByRole('link', { name: 'Goals' }))
  expect(imports).not.toHaveBeenCalledWith('pointerover', expect.anything())
  fireEvent.pointerOver(screen.getByRole('link', { name: 'LoRA week 3' }))
  // Warmed: it stops listening.
  expect(imports).toHaveBeenCalledWith('pointerover', expect.anything())
})
