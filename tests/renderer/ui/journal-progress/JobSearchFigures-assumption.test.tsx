// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { jobSearchSummary } from '../../../../renderer/data/job-search'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { JobSearchFigures } from '../../../../renderer/ui/screens/journal/jobs/JobSearchFigures'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/**
 * Trial 16 L13: the mover's 21 companies and 4 offers sat under a source marked "assumption",
 * though they are the article's own figures (L14). The ruleset says which are (its note's
 * `articleValues`); only the rest, the 5 weeks read from "a little over a month", is
 * Tidemark's, and only that figure is marked so, with the note saying why.
 */

const summary = jobSearchSummary([
  { id: 'a', kind: 'application', date: '2026-10-05', title: 'Apply', company: 'Acme' },
  { id: 'b', kind: 'interview', date: '2026-10-14', title: 'Interview', company: 'Acme' },
])

const WORDS = {
  en: { mark: 'assumption', note: 'Assumption: “A little over a month” is read as 5 weeks.' },
  'zh-CN': { mark: '假设', note: '假设：“一个多月”按 5 周计。' },
} as const

for (const language of ['en', 'zh-CN'] as const) {
  it(`marks only the mover's weeks as an assumption, not the article's figures (${language})`, async () => {
    const db = await freshDb('job-assumption')
    await renderWith(db, <JobSearchFigures summary={summary} ruleset={DEFAULT_RULESET} />, language)
    const table = screen.getByTestId('job-search-figures')
    const moverCell = (row: string) =>
      table.querySelector(`tr[data-row="${row}"] td.job-mover`) as HTMLElement
    for (const row of ['companies', 'interviewsPerWeek', 'offers', 'offersPerCompany']) {
      expect(within(moverCell(row)).queryByText(WORDS[language].mark)).toBeNull()
    }
    const weeks = within(moverCell('weeks')).getByText(WORDS[language].mark)
    const note = screen.getByText(WORDS[language].note)
    expect(weeks.getAttribute('aria-describedby')).toBe(note.id)
    // The source's disclosure is the article's sentence: no blanket "assumption" on it.
    const source = document.querySelector('details.citation summary') as HTMLElement
    expect(source.querySelector('.assumption-mark')).toBeNull()
  })
}
