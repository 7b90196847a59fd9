// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { TimelineView } from '../../../../renderer/ui/screens/journal/timeline/TimelineView'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

// Session 23's walk: under a search the hint read "按相关度排序。 用方向键…", a space after the
// Chinese full stop (the two sentences were joined with one in every language).

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function searchFor(query: string, language: 'en' | 'zh-CN') {
  const db = new TidemarkDatabase(`search-hint-${crypto.randomUUID()}`)
  await db.open()
  await db.journal.bulkPut(
    ['字节二面问了推理加速', '推理服务上线了'].map((body, index) =>
      storedJournalEntrySchema.parse({
        id: `e${String(index)}`,
        kind: 'learning',
        date: `2026-11-2${String(index)}`,
        title: `Entry ${String(index)}`,
        body,
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
      }),
    ),
  )
  const i18n = await createI18n(language)
  window.location.hash = `#/journal?q=${encodeURIComponent(query)}`
  const services = testServices(db, detectPlatform({}), [language])
  await services.search.ready
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

describe('the search’s hint', () => {
  it('joins its two Chinese sentences without a space', async () => {
    await searchFor('推理', 'zh-CN')
    expect(await screen.findByText(/^按相关度排序。/, {}, { timeout: 10_000 })).toHaveProperty(
      'textContent',
      '按相关度排序。用方向键或 Page Up/Page Down 在条目间移动，按回车打开。',
    )
  })

  it('keeps one space between the English ones', async () => {
    await searchFor('推理', 'en')
    expect(await screen.findByText(/^Best match first\./, {}, { timeout: 10_000 })).toHaveProperty(
      'textContent',
      'Best match first. Arrow keys or Page Up/Down move between entries; Enter opens one.',
    )
  })
})
