import { describe, expect, it } from 'vitest'
import type { JobSearchEntry } from '../../../../renderer/data/job-search'
import {
  hanCompanyNames,
  oneScriptPerCompany,
} from '../../../../renderer/ui/screens/journal/jobs/company-scripts'

function entry(id: string, date: string, company?: string): JobSearchEntry {
  return { id, kind: 'interview', date, title: id, company }
}

const FOLDED = new Map([
  ['錦江智算', '锦江智算'],
  ['锦江智算', '锦江智算'],
  ['錦江 智算', '锦江 智算'],
  ['錦江  智算', '锦江  智算'],
  ['锦江 智算', '锦江 智算'],
])

describe('oneScriptPerCompany', () => {
  it('names a company written in both scripts the way it is written most often', () => {
    const named = oneScriptPerCompany(
      [
        entry('a', '2026-10-01', '锦江智算'),
        entry('b', '2026-10-02', '锦江智算'),
        entry('c', '2026-10-09', '錦江智算'),
      ],
      FOLDED,
    )
    expect(named.map((each) => each.company)).toEqual(['锦江智算', '锦江智算', '锦江智算'])
  })

  it('takes the newest spelling on a tie, as a company is named by its newest entry', () => {
    const named = oneScriptPerCompany(
      [entry('b', '2026-10-09', '锦江智算'), entry('a', '2026-10-01', '錦江智算')],
      FOLDED,
    )
    expect(named.map((each) => each.company)).toEqual(['锦江智算', '锦江智算'])
  })

  it('counts spellings as companyKey does (spaces, case and width aside)', () => {
    const named = oneScriptPerCompany(
      [
        entry('a', '2026-10-01', '錦江 智算'),
        entry('b', '2026-10-02', '錦江  智算'),
        entry('c', '2026-10-03', '锦江 智算'),
      ],
      FOLDED,
    )
    // 錦江 智算 twice (two ways of spacing it) against 锦江 智算 once; its newest spacing wins.
    expect(named.map((each) => each.company)).toEqual(['錦江  智算', '錦江  智算', '錦江  智算'])
  })

  it('leaves a company written in one script, and entries without a company, as they are', () => {
    const entries = [
      entry('a', '2026-10-01', 'Moonshot AI'),
      entry('b', '2026-10-02', 'moonshot ai'),
      entry('c', '2026-10-03'),
      entry('d', '2026-10-04', '锦江智算'),
    ]
    expect(oneScriptPerCompany(entries, FOLDED)).toEqual(entries)
  })

  it('asks the fold only for names with Chinese in them, each once', () => {
    expect(
      hanCompanyNames([
        entry('a', '2026-10-01', 'Moonshot AI'),
        entry('b', '2026-10-02', '錦江智算'),
        entry('c', '2026-10-03', '錦江智算'),
        entry('d', '2026-10-04'),
      ]),
    ).toEqual(['錦江智算'])
  })
})
