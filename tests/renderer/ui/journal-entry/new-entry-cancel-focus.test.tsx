// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { JournalScreen } from '../../../../renderer/ui/screens/journal/JournalScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { freshDb } from './entry-fixture'

const SLOW = { timeout: 10_000 }
const WORDS = {
  en: { newEntry: 'New entry', title: 'Title', cancel: 'Cancel' },
  'zh-CN': { newEntry: '写一条', title: '标题', cancel: '取消' },
} as const

afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
  window.location.hash = ''
})

async function openNewEntry(language: 'en' | 'zh-CN') {
  const db = await freshDb()
  const i18n = await createI18n(language)
  window.location.hash = '#/journal/new'
  const services = testServices(db, detectPlatform({}), [language])
  await services.search.ready
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <JournalScreen headingRef={createRef()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  const form = await screen.findByRole('form', {}, SLOW)
  const title = within(form).getByRole('textbox', { name: WORDS[language].title })
  await waitFor(() => {
    expect(document.activeElement).toBe(title)
  })
  return { form, title }
}

const newEntryLink = (language: 'en' | 'zh-CN') =>
  screen.getByRole('link', { name: WORDS[language].newEntry })

/**
 * New-user trial: Journal, New entry, then Cancel (or Escape): back on the timeline with focus
 * on the page's body, so the next Tab started from the top. It goes back to New entry, which
 * opened the form and is still there.
 */
describe.each(['en', 'zh-CN'] as const)('a new entry left in %s', (language) => {
  it('with Cancel: focus on New entry', async () => {
    const { form } = await openNewEntry(language)
    const cancel = within(form).getByRole('button', { name: WORDS[language].cancel })
    cancel.focus()
    await act(async () => {
      fireEvent.click(cancel)
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    await waitFor(() => {
      expect(window.location.hash).toBe('#/journal')
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(newEntryLink(language))
    }, SLOW)
  })

  it('with Escape: focus on New entry; not with the Escape that drops an input method candidate', async () => {
    const { title } = await openNewEntry(language)
    fireEvent.keyDown(title, { key: 'Escape', isComposing: true, keyCode: 229 })
    expect(window.location.hash).toBe('#/journal/new')
    await act(async () => {
      fireEvent.keyDown(title, { key: 'Escape' })
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    await waitFor(() => {
      expect(window.location.hash).toBe('#/journal')
    })
    await waitFor(() => {
      expect(document.activeElement).toBe(newEntryLink(language))
    }, SLOW)
  })
})
