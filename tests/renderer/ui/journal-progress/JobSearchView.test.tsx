// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveJournalEntry } from '../../../../renderer/data/repositories/journal'
import { JobSearchView } from '../../../../renderer/ui/screens/journal/jobs/JobSearchView'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/** Hand-counted: 2 companies (ByteDance / " bytedance "), 3 weeks from Monday 5 Oct, 4
 *  interviews (1.3 a week), 1 offer (0.5 per company), 1 application without a company. */
const ENTRIES = [
  { kind: 'application', date: '2026-10-05', title: 'Applied to ByteDance', company: 'ByteDance' },
  { kind: 'interview', date: '2026-10-08', title: 'ByteDance first round', company: ' bytedance ' },
  { kind: 'interview', date: '2026-10-11', title: 'Moonshot first round', company: 'Moonshot AI' },
  { kind: 'interview', date: '2026-10-13', title: 'ByteDance second round', company: 'ByteDance' },
  { kind: 'learning', date: '2026-10-14', title: 'Read about KV cache', company: 'Zhipu' },
  {
    kind: 'interview',
    date: '2026-10-20',
    title: 'Moonshot second round',
    company: 'moonshot  ai',
  },
  { kind: 'offer', date: '2026-10-25', title: 'Moonshot offer', company: 'Moonshot AI' },
  { kind: 'application', date: '2026-10-21', title: 'Sent a CV through a friend' },
] as const

function figure(row: string): string[] {
  const cells = within(screen.getByTestId('job-search-figures'))
    .getAllByRole('row')
    .find((candidate) => candidate.dataset['row'] === row)
  return cells ? [...cells.querySelectorAll('td')].map((cell) => cell.textContent) : []
}

describe('JobSearchView', () => {
  it('shows the hand-counted figures beside the mover, and each company its entries in order', async () => {
    const db = await freshDb('job-view')
    for (const entry of ENTRIES) await saveJournalEntry(db, { ...entry })
    await renderWith(db, <JobSearchView />)
    await screen.findByTestId('job-search-figures', {}, { timeout: 5000 })

    expect(figure('companies')).toEqual(['2', '21'])
    expect(figure('applications')).toEqual(['2', 'not given'])
    expect(figure('interviews')).toEqual(['4', 'not given'])
    // The article's “three or more” (L14), not a bare 3.
    expect(figure('interviewsPerWeek')).toEqual(['1.3', '3 or more'])
    expect(figure('offers')).toEqual(['1', '4'])
    expect(figure('offersPerCompany')).toEqual(['0.5', '0.19'])
    expect(figure('weeks')).toEqual(['3', '5 assumption'])

    const companies = screen.getAllByTestId('job-company')
    expect(companies.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Moonshot AI',
      'ByteDance',
    ])
    const moonshot = within(
      within(companies[0] as HTMLElement).getByRole('list', { name: 'Entries for Moonshot AI' }),
    ).getAllByRole('link')
    expect(moonshot.map((link) => link.textContent)).toEqual([
      'Moonshot first round',
      'Moonshot second round',
      'Moonshot offer',
    ])
    // The company's whole history opens in the timeline, filtered by its name.
    expect(
      within(companies[0] as HTMLElement)
        .getByRole('link', { name: 'All of Moonshot AI in the timeline' })
        .getAttribute('href'),
    ).toBe('#/journal?company=Moonshot+AI')
    const offerEntry = (await db.journal.where('kind').equals('offer').first())?.id
    expect(moonshot[2]?.getAttribute('href')).toBe(`#/journal/${offerEntry ?? ''}`)
    expect(
      within(companies[1] as HTMLElement).getByText('1 application · 2 interviews · 0 offers'),
    ).toBeTruthy()
    const none = screen.getByTestId('job-company-none')
    expect(
      within(none)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Sent a CV through a friend'])

    // The weekly table behind the chart: Monday weeks, the learning note left out.
    const weeks = within(screen.getByRole('table', { name: /by week/ })).getAllByRole('row')
    expect(weeks.slice(1).map((row) => row.textContent)).toEqual([
      'Oct 5, 2026120',
      'Oct 12, 2026010',
      'Oct 19, 2026111',
    ])
    // The mover's line is cited through the ruleset's citation (L14).
    expect(screen.getByText('The mover’s figures: source')).toBeTruthy()
    expect(document.body.textContent).toContain('L14')
  })

  it('says how to start when the journal holds no search entry, in Chinese too', async () => {
    const db = await freshDb('job-view-empty')
    await saveJournalEntry(db, { kind: 'learning', date: '2026-10-14', title: 'Notes' })
    await renderWith(db, <JobSearchView />, 'zh-CN')
    expect(
      await screen.findByText(/还没有投递、面试或 offer 记录/, {}, { timeout: 5000 }),
    ).toBeTruthy()
    expect(figureZh()).toEqual(['0', '21'])
    expect(screen.queryByTestId('job-company')).toBeNull()
  })
})

function figureZh(): string[] {
  return figure('companies')
}
