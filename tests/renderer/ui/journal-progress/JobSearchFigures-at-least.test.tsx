// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { jobSearchSummary } from '../../../../renderer/data/job-search'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { JobSearchFigures } from '../../../../renderer/ui/screens/journal/jobs/JobSearchFigures'
import { freshDb, renderWith } from './render'

afterEach(cleanup)

/**
 * The article's mover had "三個或以上" (three or more) interviews a week (L14): a floor, which
 * the table showed as a bare "3", his count to match. It says the words; the other figures
 * are the article's own counts and stay bare.
 */
const summary = jobSearchSummary([
  { id: 'a', kind: 'interview', date: '2026-10-14', title: 'Interview', company: 'Acme' },
])

it.each([
  ['en', '3 or more'],
  ['zh-CN', '3 场或以上'],
] as const)('says the mover had three or more interviews a week (%s)', async (language, text) => {
  const db = await freshDb('job-at-least')
  await renderWith(db, <JobSearchFigures summary={summary} ruleset={DEFAULT_RULESET} />, language)
  const moverCell = (row: string) =>
    screen.getByTestId('job-search-figures').querySelector(`tr[data-row="${row}"] td.job-mover`)
      ?.textContent
  expect(moverCell('interviewsPerWeek')).toBe(text)
  expect(moverCell('companies')).toBe('21')
  expect(moverCell('offers')).toBe('4')
})
