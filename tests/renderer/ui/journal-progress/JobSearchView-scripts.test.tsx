// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import OpenCC from 'opencc-js/t2cn'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' })
/** The fold worker's answer, in process. */
const foldNames = (texts: readonly string[]) => Promise.resolve(texts.map(toSimplified))

function figure(row: string): string | undefined {
  const cells = within(screen.getByTestId('job-search-figures'))
    .getAllByRole('row')
    .find((candidate) => candidate.dataset['row'] === row)
  return cells?.querySelector('td')?.textContent
}

/** Trial 22 #2: 錦江智算 and 锦江智算 made three companies contacted, not two. */
describe('a company written in Traditional and in Simplified', () => {
  it('counts once, under the spelling written most often', async () => {
    const db = await freshDb('job-scripts')
    const entries = [
      { kind: 'application', date: '2026-10-05', title: '投递錦江', company: '錦江智算' },
      { kind: 'interview', date: '2026-10-08', title: '锦江一面', company: '锦江智算' },
      { kind: 'interview', date: '2026-10-12', title: '锦江二面', company: '锦江智算' },
      { kind: 'application', date: '2026-10-14', title: '投递星河', company: '星河科技' },
    ] as const
    for (const entry of entries) await saveJournalEntry(db, { ...entry })
    await renderWith(db, <JobSearchView foldNames={foldNames} />, 'zh-CN')
    await screen.findByTestId('job-search-figures', {}, { timeout: 5000 })

    expect(figure('companies')).toBe('2')
    const companies = screen.getAllByTestId('job-company')
    expect(companies.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      '星河科技',
      '锦江智算',
    ])
    const jinjiang = within(companies[1] as HTMLElement)
    expect(jinjiang.getAllByRole('link').map((link) => link.textContent)).toEqual([
      '投递錦江',
      '锦江一面',
      '锦江二面',
      '在时间线中查看锦江智算的全部记录',
    ])
  })

  it('follows a new entry, its name folded as it comes', { timeout: 20_000 }, async () => {
    const db = await freshDb('job-scripts-live')
    // Simplified first, the Traditional spelling later: only a fold asked for the later name
    // keeps them one company (review 33 L2: the other way round passed with no second fold).
    await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-10-05',
      title: '投递锦江',
      company: '锦江智算',
    })
    await renderWith(db, <JobSearchView foldNames={foldNames} />, 'zh-CN')
    await screen.findByTestId('job-search-figures', {}, { timeout: 5000 })
    expect(figure('companies')).toBe('1')
    await saveJournalEntry(db, {
      kind: 'interview',
      date: '2026-10-08',
      title: '錦江一面',
      company: '錦江智算',
    })
    await waitFor(() => {
      expect(figure('interviews')).toBe('1')
    })
    await waitFor(() => {
      expect(figure('companies')).toBe('1')
    })
    await saveJournalEntry(db, {
      kind: 'application',
      date: '2026-10-09',
      title: '投递星河',
      company: '星河科技',
    })
    await waitFor(() => {
      expect(figure('companies')).toBe('2')
    })
  })
})
