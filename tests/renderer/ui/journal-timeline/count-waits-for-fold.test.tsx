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

const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' })

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/**
 * Review 33 M3: with a tag or company filter that needs the 简/繁 fold, the count line said the
 * count of the names as written ("1 of 3 entries", or "no tag 面試") while the fold worker
 * answered. Here the fold answers 300 ms late, and the highlighting fold never (as the worker's
 * before it answers: the text as written); every text the count line and the ignored note
 * show is recorded.
 */
async function renderSlow(hash: string): Promise<string[]> {
  const db = new TidemarkDatabase(`timeline-fold-wait-${crypto.randomUUID()}`)
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
  const slowFold = (texts: readonly string[]) =>
    new Promise<string[]>((resolve) => {
      setTimeout(() => {
        resolve(texts.map((text) => opencc(text)))
      }, 300)
    })
  const seen: string[] = []
  const record = () => {
    const count = document.querySelector('[data-testid="journal-count"]')?.textContent
    if (count && seen.at(-1) !== count) seen.push(count)
    const note = document.querySelector('.timeline-ignored')?.textContent
    if (note && !seen.includes(note)) seen.push(note)
  }
  const observer = new MutationObserver(record)
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  render(
    <I18nextProvider i18n={await createI18n('en')}>
      <ServicesProvider services={services}>
        <TimelineView fold={(text) => text} foldNames={slowFold} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(
    () => {
      expect(screen.getByTestId('journal-count').textContent).toBe('2 of 3 entries')
    },
    { timeout: 10_000 },
  )
  record()
  observer.disconnect()
  return seen
}

describe('the timeline count with a filter that needs the fold', () => {
  it('says no count of a Traditional tag before the fold answers', async () => {
    const seen = await renderSlow(`#/journal?tag=${encodeURIComponent('面試')}`)
    expect(seen.filter((text) => text !== 'Counting entries…')).toEqual(['2 of 3 entries'])
  })

  it('says no count of a company in one script before the fold answers', async () => {
    const seen = await renderSlow(`#/journal?company=${encodeURIComponent('锦江智算')}`)
    expect(seen.filter((text) => text !== 'Counting entries…')).toEqual(['2 of 3 entries'])
  })
})
