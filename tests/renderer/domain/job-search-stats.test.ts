import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../renderer/domain'
import {
  isoWeekStart,
  isoWeekStarts,
  isoWeeksSpanned,
} from '../../../renderer/domain/journal/iso-weeks'
import { jobSearchStats } from '../../../renderer/domain/journal/job-search-stats'
import { companyKey, moverFigures } from '../../../renderer/domain/journal/search-figures'
import { journalEventSchema } from '../../../renderer/domain/model/journal'

const event = (id: number, kind: string, date: string, company?: string) =>
  journalEventSchema.parse({
    id: `e${id}`,
    kind,
    date,
    title: `${kind} ${company ?? ''}`,
    ...(company ? { company } : {}),
  })

describe('ISO weeks', () => {
  it('gives the Monday of the week, Sunday belonging to the week before', () => {
    expect(isoWeekStart('2026-10-05')).toBe('2026-10-05') // a Monday
    expect(isoWeekStart('2026-10-11')).toBe('2026-10-05') // a Sunday
    expect(isoWeekStart('2026-10-12')).toBe('2026-10-12')
    expect(isoWeekStart('2027-01-01')).toBe('2026-12-28') // across a year
    expect(isoWeekStart('2024-03-01')).toBe('2024-02-26') // across a leap February
  })

  it('lists and counts the weeks two days span, both weeks in', () => {
    expect(isoWeekStarts('2026-12-31', '2027-01-11')).toEqual([
      '2026-12-28',
      '2027-01-04',
      '2027-01-11',
    ])
    expect(isoWeeksSpanned(['2027-01-11', '2026-12-31', '2027-01-05'])).toBe(3)
    // A Sunday and the Monday after: two days, two weeks; Monday to Sunday: seven days, one.
    expect(isoWeeksSpanned(['2026-10-11', '2026-10-12'])).toBe(2)
    expect(isoWeeksSpanned(['2026-10-12', '2026-10-18'])).toBe(1)
    expect(isoWeeksSpanned([])).toBe(0)
  })
})

describe('companyKey', () => {
  it('folds case, surrounding and repeated spaces and full-width letters', () => {
    expect(companyKey('  Moonshot   AI ')).toBe('moonshot ai')
    expect(companyKey('Ｍoonshot AI')).toBe('moonshot ai')
    expect(companyKey('字节 跳动')).not.toBe(companyKey('字节跳动'))
  })
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
    // Saturday 1 Aug to Friday 14 Aug: 14 days, in the ISO weeks of 27 Jul, 3 Aug and 10 Aug.
    expect(stats.weeks).toBe(3)
    expect(stats.interviewsPerWeek).toBe(1)
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
      weeks: 0,
      interviewsPerWeek: 0,
      offersPerCompany: 0,
    })
  })

  it('lays out the mover with no company as no offers per company, not NaN', () => {
    const reference = { ...DEFAULT_RULESET.jobSearchReference, companiesContacted: 0 }
    expect(moverFigures(reference).offersPerCompany).toBe(0)
  })
})
