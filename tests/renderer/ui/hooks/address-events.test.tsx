// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { replaceAddress, subscribeToAddress } from '../../../../renderer/ui/hooks/address-events'
import { useHashPath } from '../../../../renderer/ui/hooks/use-hash-path'
import { useHashSection } from '../../../../renderer/ui/hooks/use-hash-section'

afterEach(() => {
  cleanup()
  window.history.replaceState(null, '', '#')
})

/** A link's move within the page as Chromium makes it: the address and popstate at once, the
 *  hashchange a task later (40-90 ms in the journal, measured): here, not at all. */
function moveByLink(hash: string): void {
  window.history.pushState(null, '', hash)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

function Shown() {
  return (
    <p>
      {useHashSection()} {useHashPath() || '-'}
    </p>
  )
}

describe('the screens follow the address at popstate, before its hashchange', () => {
  // Review 25 L9: "New entry" drew the form at hashchange, and the keys typed in between went to
  // the link.
  it('section and path', () => {
    window.history.replaceState(null, '', '#/journal')
    render(<Shown />)
    expect(screen.getByRole('paragraph').textContent).toBe('journal -')
    act(() => {
      moveByLink('#/journal/new')
    })
    expect(screen.getByRole('paragraph').textContent).toBe('journal new')
    act(() => {
      moveByLink('#/offers')
    })
    expect(screen.getByRole('paragraph').textContent).toBe('offers -')
  })

  it('an address rewritten in place is said too', () => {
    window.history.replaceState(null, '', '#/journal')
    render(<Shown />)
    act(() => {
      replaceAddress(new URL('#/journal/goals', window.location.href))
    })
    expect(screen.getByRole('paragraph').textContent).toBe('journal goals')
  })
})

describe('subscribeToAddress', () => {
  it('calls back on each of the three events, and no more once unsubscribed', () => {
    const onChange = vi.fn()
    const unsubscribe = subscribeToAddress(onChange)
    window.dispatchEvent(new PopStateEvent('popstate'))
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    replaceAddress(new URL('#/skills', window.location.href))
    expect(onChange).toHaveBeenCalledTimes(3)
    unsubscribe()
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(onChange).toHaveBeenCalledTimes(3)
  })
})
