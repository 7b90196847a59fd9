import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../renderer/domain'
import { jobSearchStats } from '../../../renderer/domain/journal/job-search-stats'
import { journalEventSchema } from '../../../renderer/domain/model/journal'

const event = (id: number, kind: string, date: string, company?: string) =>
  journalEventSchema.parse({
    id: `e${id}`,
    kind,
    date,
    title: `${kind} ${company ?? ''}`,
    ...(company ? { company } : {}),
  })

describe('job-search statistics (L14)', () => {
  it('counts companies, interviews a week and offers, beside the article’s mover', () => {
    const events = [
      event(1, 'application', '2026-08-01', 'Alpha'),
      event(2, 'application', '2026-08-02', 'Beta'),
      event(3, 'interview', '2026-08-05', 'alpha '),
      event(4, 'interview', '2026-08-08', 'Beta'),
      event(5, 'interview', '2026-08-12', 'Gamma'),
      event(6, 'offer', '2026-08-14', 'Beta'),
      event(7, 'learning', '2026-07-01'),
      event(8, 'reflection', '2026-09-30'),
    ]
    const stats = jobSearchStats(events, DEFAULT_RULESET)
    expect(stats.companiesContacted).toBe(3)
    expect(stats.interviews).toBe(3)
    expect(stats.offers).toBe(1)
    expect(stats.weeks).toBe(2) // 1 Aug to 14 Aug inclusive: 14 days
    expect(stats.interviewsPerWeek).toBe(1.5)
    expect(stats.offersPerCompany).toBe(0.33)
    expect(stats.reference).toEqual({
      companiesContacted: 21,
      interviewsPerWeek: 3,
      offers: 4,
      weeks: 5,
      offersPerCompany: 0.19,
    })
    expect(stats.reasons[0]?.citation).toMatchObject({ lines: [14] })
  })

  it('reports zeros, not NaN, for an empty journal', () => {
    const stats = jobSearchStats([], DEFAULT_RULESET)
    expect(stats).toMatchObject({
      companiesContacted: 0,
      interviews: 0,
      offers: 0,
      weeks: 1,
      interviewsPerWeek: 0,
      offersPerCompany: 0,
    })
  })
})
