// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { openSettingsInEnglish } from '../../helpers/settings-screen'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  window.location.hash = ''
})

/** A system whose dark setting the test turns, with the listeners the page added. */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>()
  const state = { dark }
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        media: query,
        get matches() {
          return query.includes('dark') ? state.dark : false
        },
        addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  )
  return {
    turn(next: boolean) {
      state.dark = next
      for (const listener of listeners) listener()
    },
  }
}

// Trial 20 #6: Language read "System (English)", Appearance only "System".
describe('Settings’ Appearance', () => {
  it('names what the system asks for now, and follows it when it changes', async () => {
    const system = systemScheme(true)
    const { db } = await openSettingsInEnglish('settings-theme-system')
    const appearance = screen.getByLabelText<HTMLSelectElement>('Appearance')
    const systemOption = () => appearance.querySelector('option[value="system"]')?.textContent
    expect(systemOption()).toBe('System (Dark)')
    act(() => {
      system.turn(false)
    })
    expect(systemOption()).toBe('System (Light)')
    db.close()
  })
})
