// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { JournalFilter } from '../../../../renderer/data/repositories/journal-query'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineFilters } from '../../../../renderer/ui/screens/journal/timeline/TimelineFilters'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(() => {
  cleanup()
})

/** The filters over a filter kept in state, as the screen keeps it in the address. */
function Harness({ initial }: { initial: JournalFilter }) {
  const [filter, setFilter] = useState(initial)
  return (
    <>
      <TimelineFilters
        filter={filter}
        onChange={setFilter}
        tags={['llm']}
        skills={[]}
        offers={[]}
      />
      {/* An address followed from elsewhere: the filter changes without the filters' controls. */}
      <button
        type="button"
        onClick={() => {
          setFilter({ kind: 'interview' })
        }}
      >
        follow a link
      </button>
    </>
  )
}

async function renderFilters(initial: JournalFilter, language: 'en' | 'zh-CN' = 'en') {
  const db = new TidemarkDatabase(`filters-test-${crypto.randomUUID()}`)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness initial={initial} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

/** The filters' region, found only while it is shown (a folded one is hidden). */
const shownFilters = () => screen.queryByRole('group', { name: 'Filters' })

describe('the timeline’s filters, folded', () => {
  it('are folded when none is on, and unfold and fold again on their button', async () => {
    await renderFilters({})
    const toggle = screen.getByRole('button', { name: 'Filters' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(shownFilters()).toBeNull()
    // The button says which region it folds.
    const region = document.getElementById(toggle.getAttribute('aria-controls') ?? '')
    expect(region?.hidden).toBe(true)
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull()

    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(shownFilters()).toBe(region)
    // Setting one: the count on the button, and Clear all beside it.
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), {
      target: { value: 'project' },
    })
    const counted = screen.getByRole('button', { name: 'Filters · 1 on' })
    expect(counted).toBe(toggle)

    // Folded again by the user with a filter on: the count and Clear all stay in sight.
    fireEvent.click(toggle)
    expect(shownFilters()).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Clear all filters' }))
    expect(screen.getByRole('button', { name: 'Filters' })).toBe(toggle)
    // The user's choice holds: still folded.
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
  })

  it('are unfolded when a filter is on, from the start or from an address followed', async () => {
    await renderFilters({ kind: 'interview', tag: 'llm' })
    const toggle = screen.getByRole('button', { name: 'Filters · 2 on' })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveProperty('value', 'llm')
    cleanup()

    await renderFilters({})
    fireEvent.click(screen.getByRole('button', { name: 'follow a link' }))
    expect(
      screen.getByRole('button', { name: 'Filters · 1 on' }).getAttribute('aria-expanded'),
    ).toBe('true')
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveProperty('value', 'interview')
  })

  it('say the count in Chinese', async () => {
    await renderFilters({ kind: 'interview', tag: 'llm' }, 'zh-CN')
    expect(screen.getByRole('button', { name: '筛选 · 已启用 2 项' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '筛选' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '清除全部筛选' }))
    expect(screen.getByRole('button', { name: '筛选' }).getAttribute('aria-expanded')).toBe('true')
  })
})

describe('Clear all filters', () => {
  // New-user trial: the button went with the last filter and focus fell to the page's body, so
  // the next Tab started again at "Skip to content".
  for (const [language, clearAll, toggleName] of [
    ['en', 'Clear all filters', 'Filters'],
    ['zh-CN', '清除全部筛选', '筛选'],
  ] as const) {
    it(`leaves focus on the filters' toggle, not the page's body, ${language}`, async () => {
      await renderFilters({ kind: 'interview', tag: 'llm' }, language)
      const clear = screen.getByRole('button', { name: clearAll })
      clear.focus()
      fireEvent.click(clear)
      expect(clear.isConnected).toBe(false)
      expect(document.activeElement).toBe(screen.getByRole('button', { name: toggleName }))
    })
  }
})
