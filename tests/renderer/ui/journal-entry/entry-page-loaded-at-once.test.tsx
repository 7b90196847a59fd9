// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { JournalScreen } from '../../../../renderer/ui/screens/journal/JournalScreen'
import {
  resetWarmEntryPage,
  warmEntryPage,
} from '../../../../renderer/ui/screens/journal/entry/warm-entry-page'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { freshDb } from './entry-fixture'

afterEach(() => {
  cleanup()
  window.location.hash = ''
  resetWarmEntryPage()
})

/**
 * Trial 19 #8: Enter on "New entry", then "abc" at once, saved "bc" or nothing: the first entry
 * page opened went through React.lazy, which showed its fallback even with the page's code
 * warmed, and revealed the form ~300 ms later. With the code here, the form is drawn in the
 * render that follows the address, so the title can take the first key.
 */
describe('the entry page, its code warmed while the timeline was shown', () => {
  it('is drawn in the render that opens it, with no loading step', async () => {
    warmEntryPage()
    // The warm's own load of the module, settled before the entry is opened.
    await import('../../../../renderer/ui/screens/journal/entry/EntryPage')
    await new Promise((resolve) => setTimeout(resolve, 0))
    const db = await freshDb()
    const services = testServices(db, detectPlatform({}), ['en'])
    await services.search.ready
    window.location.hash = '#/journal'
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <ServicesProvider services={services}>
          <JournalScreen headingRef={createRef()} />
        </ServicesProvider>
      </I18nextProvider>,
    )
    act(() => {
      window.location.hash = '#/journal/new'
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    expect(screen.queryByText('Loading…')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeDefined()
  })
})
