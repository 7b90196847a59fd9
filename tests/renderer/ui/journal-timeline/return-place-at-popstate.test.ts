// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { replaceAddress } from '../../../../renderer/ui/hooks/address-events'
import {
  arrivedFromTimeline,
  rememberOpened,
} from '../../../../renderer/ui/screens/journal/timeline/return-place'

describe('an entry opened from the timeline is known as such at popstate', () => {
  // The entry's page is drawn at popstate now (review 25 L9), a task before the hashchange whose
  // oldURL told where the move came from: "Back to the timeline" must know it by then.
  it('the move is seen before the screens draw, and a search typed first is its "from"', () => {
    window.history.pushState(null, '', '#/journal')
    // The search box writes the address in place.
    replaceAddress(new URL('#/journal?q=quant', window.location.href))
    rememberOpened({ id: 'e1', offset: 120, index: 3 })
    let seen: unknown = 'not called'
    // A screen's own listener, as useSyncExternalStore adds it (bubbling, after capture).
    const onPopState = () => {
      seen = arrivedFromTimeline('e1')
    }
    window.addEventListener('popstate', onPopState)
    window.history.pushState(null, '', '#/journal/e1')
    window.dispatchEvent(new PopStateEvent('popstate'))
    window.removeEventListener('popstate', onPopState)
    expect(seen).toEqual({
      place: { id: 'e1', offset: 120, index: 3 },
      address: '#/journal?q=quant',
    })
  })

  it('an entry reached some other way is not taken for one opened from the list', () => {
    window.history.pushState(null, '', '#/journal')
    rememberOpened({ id: 'e2', offset: 0, index: 0 })
    window.history.pushState(null, '', '#/skills')
    window.dispatchEvent(new PopStateEvent('popstate'))
    window.history.pushState(null, '', '#/journal/e2')
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(arrivedFromTimeline('e2')).toBeNull()
  })
})
