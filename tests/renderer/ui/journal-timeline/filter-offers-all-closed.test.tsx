// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { StoredOffer } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { TimelineFilters } from '../../../../renderer/ui/screens/journal/timeline/TimelineFilters'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

// Review 24 L: with every offer closed, the Offer filter drew an empty "Under way" / 「进行中」
// group above "Closed" (since 27107ff), a heading over nothing.

afterEach(() => {
  cleanup()
})

const offer = (id: string, company: string, status: StoredOffer['status']) =>
  ({ id, company, role: '', status }) as StoredOffer

const CLOSED = [offer('o1', '腾讯', 'declined'), offer('o2', '百度', 'expired')]

async function renderFilters(language: UiLanguage) {
  const db = new TidemarkDatabase(`filter-closed-${crypto.randomUUID()}`)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <TimelineFilters
          filter={{ tag: 'llm' }}
          onChange={() => undefined}
          tags={['llm']}
          skills={[]}
          offers={CLOSED}
        />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('the Offer filter with every offer closed', () => {
  it.each([
    ['en', 'Offer', 'Closed'],
    ['zh-CN', 'Offer', '已结束'],
  ] as const)('draws no empty group (%s)', async (language, name, closed) => {
    await renderFilters(language)
    const select = screen.getByRole('combobox', { name })
    const groups = [...select.querySelectorAll('optgroup')]
    expect(groups.map((group) => group.label)).toEqual([closed])
    expect(groups.every((group) => group.querySelector('option') !== null)).toBe(true)
  })
})
