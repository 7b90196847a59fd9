// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react'
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

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/** Trial 22 #5: the tag filter on 面试 left out the entries tagged 面試. */
async function renderTimeline(hash: string) {
  const db = new TidemarkDatabase(`timeline-scripts-${crypto.randomUUID()}`)
  await db.open()
  const stamp = '2026-11-01T08:00:00.000Z'
  await db.journal.bulkPut(
    [
      { id: 'a', date: '2026-11-02', tags: ['面试'], company: '锦江智算' },
      { id: 'b', date: '2026-11-03', tags: ['面試'], company: '錦江智算' },
      { id: 'c', date: '2026-11-04', tags: ['llm'], company: '星河科技' },
    ].map((fields) =>
      storedJournalEntrySchema.parse({
        kind: 'interview',
        title: `Entry ${fields.id}`,
        createdAt: stamp,
        updatedAt: stamp,
        ...fields,
      }),
    ),
  )
  window.location.hash = hash
  const services = testServices(db, detectPlatform({}), ['en'])
  await services.search.ready
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesProvider services={services}>
        <TimelineView fold={fold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
}

async function expectCount(text: string) {
  await waitFor(
    () => {
      expect(screen.getByTestId('journal-count').textContent).toBe(text)
    },
    { timeout: 10_000 },
  )
}

/** Trial 22 #5: the tag filter on 面试 left out the entries tagged 面試. */
describe('the timeline filtered by a tag written in both scripts', () => {
  it('keeps the entries with either spelling, and offers the tag once', async () => {
    await renderTimeline(`#/journal?tag=${encodeURIComponent('面试')}`)
    await expectCount('2 of 3 entries')
    const tag = screen.getByRole('combobox', { name: 'Tag' })
    const options = [...tag.querySelectorAll('option')].map((option) => option.textContent)
    expect(options).toEqual(['Any tag', 'llm', '面试 / 面試'])
    expect((tag as HTMLSelectElement).value).toBe('面试')
  })
})

/** Trial 22 #2: the job search's link to 锦江智算 listed only the entries written so. */
describe('the timeline filtered by a company written in both scripts', () => {
  it('keeps the entries in either script', { timeout: 20_000 }, async () => {
    await renderTimeline(`#/journal?company=${encodeURIComponent('锦江智算')}`)
    await expectCount('2 of 3 entries')
  })
})
