import { describe, expect, it } from 'vitest'
import {
  jobSearchEntries,
  jobSearchSummary,
  readJobSearchEntries,
  savedOffersAsEntries,
  type JobSearchEntry,
  type JobSearchOffer,
} from '../../../renderer/data/job-search'
import { readAssessmentInput } from '../../../renderer/data/assessment-input'
import { saveJournalEntry } from '../../../renderer/data/repositories/journal'
import { assess } from '../../../renderer/domain/assess'
import { DEFAULT_RULESET } from '../../../renderer/domain/ruleset/default-ruleset'
import { freshDatabase } from './data-helpers'

let next = 0
function entry(
  date: string,
  kind: JobSearchEntry['kind'],
  company?: string,
  title = `${kind} ${date}`,
): JobSearchEntry {
  next += 1
  return { id: `e${String(next).padStart(3, '0')}`, kind, date, title, company }
}

/**
 * Counted by hand, weeks from Monday:
 *   week of 5 Oct (Mon 5 - Sun 11):  2 applications (ByteDance twice), 1 interview (Sun 11)
 *   week of 12 Oct:                  2 interviews (Moonshot, ByteDance)
 *   week of 19 Oct:                  nothing
 *   week of 26 Oct:                  1 application (no company), 1 offer, 1 interview (no company)
 * Companies: "ByteDance" / "  bytedance " / "ByteDance" are one; "Moonshot  AI" / "moonshot ai"
 * / "Ｍoonshot AI" (a full-width M) are one: 2 companies. The learning note is not counted.
 */
const FIXTURE: JobSearchEntry[] = [
  entry('2026-10-28', 'offer', 'Ｍoonshot AI', 'Moonshot offer'),
  entry('2026-10-05', 'application', 'ByteDance', 'Applied to ByteDance'),
  entry('2026-10-07', 'application', '  bytedance '),
  entry('2026-10-11', 'interview', 'Moonshot  AI', 'Moonshot first round'),
  entry('2026-10-12', 'interview', 'moonshot ai', 'Moonshot second round'),
  entry('2026-10-14', 'interview', 'ByteDance'),
  entry('2026-10-14', 'learning', 'Zhipu'),
  entry('2026-10-27', 'application'),
  entry('2026-10-29', 'interview', '   '),
]

describe('jobSearchSummary', () => {
  const summary = jobSearchSummary(FIXTURE)

  it('counts the hand-counted totals and leaves other kinds out', () => {
    expect(summary).toMatchObject({
      companiesContacted: 2,
      application: 3,
      interview: 4,
      offer: 1,
      weeks: 4,
      interviewsPerWeek: 1,
      offersPerCompany: 0.5,
    })
  })

  it('lays out every week from Monday, an empty one included', () => {
    expect(summary.pipeline).toEqual([
      { weekStart: '2026-10-05', application: 2, interview: 1, offer: 0 },
      { weekStart: '2026-10-12', application: 0, interview: 2, offer: 0 },
      { weekStart: '2026-10-19', application: 0, interview: 0, offer: 0 },
      { weekStart: '2026-10-26', application: 1, interview: 1, offer: 1 },
    ])
  })

  it('groups one company however it is spelled, newest first, its entries in date order', () => {
    expect(
      summary.companies.map((company) => ({
        name: company.name,
        dates: company.entries.map((item) => item.date),
        counts: [company.application, company.interview, company.offer],
      })),
    ).toEqual([
      {
        name: 'Moonshot AI',
        dates: ['2026-10-11', '2026-10-12', '2026-10-28'],
        counts: [0, 2, 1],
      },
      { name: 'ByteDance', dates: ['2026-10-05', '2026-10-07', '2026-10-14'], counts: [2, 1, 0] },
    ])
  })

  it('keeps entries without a company apart, counted in the totals only', () => {
    expect(summary.withoutCompany.map((item) => [item.kind, item.date])).toEqual([
      ['application', '2026-10-27'],
      ['interview', '2026-10-29'],
    ])
  })

  it('rounds the rates: 5 interviews over 3 weeks, 1 offer over 3 companies', () => {
    const rates = jobSearchSummary([
      entry('2026-11-02', 'interview', 'A'),
      entry('2026-11-03', 'interview', 'B'),
      entry('2026-11-10', 'interview', 'C'),
      entry('2026-11-16', 'interview', 'A'),
      entry('2026-11-22', 'interview', 'A'),
      entry('2026-11-22', 'offer', 'A'),
    ])
    expect(rates).toMatchObject({ weeks: 3, interviewsPerWeek: 1.7, offersPerCompany: 0.33 })
  })

  it('says zero, not NaN, for an empty journal', () => {
    expect(jobSearchSummary([])).toEqual({
      companiesContacted: 0,
      application: 0,
      interview: 0,
      offer: 0,
      weeks: 0,
      interviewsPerWeek: 0,
      offersPerCompany: 0,
      pipeline: [],
      companies: [],
      withoutCompany: [],
    })
  })
})

describe('readJobSearchEntries', () => {
  it('reads application, interview and offer entries only', async () => {
    const db = await freshDatabase('job-search')
    for (const kind of ['application', 'learning', 'interview', 'offer', 'reflection'] as const) {
      await saveJournalEntry(db, { kind, date: '2026-10-05', title: kind, company: 'Z' })
    }
    const read = await readJobSearchEntries(db)
    expect(read.map((item) => item.kind).sort()).toEqual(['application', 'interview', 'offer'])
  })
})

describe('the view and the engine count one way', () => {
  it('gives the job-search view the engine’s weeks and rates for the same stored entries', async () => {
    const db = await freshDatabase('job-search-engine')
    // Saturday 1 Aug to Friday 14 Aug 2026: 14 days, yet three ISO weeks (27 Jul, 3 Aug, 10 Aug).
    const stored: [JobSearchEntry['kind'], string, string][] = [
      ['application', '2026-08-01', 'Alpha'],
      ['application', '2026-08-02', 'Beta'],
      ['interview', '2026-08-05', 'alpha '],
      ['interview', '2026-08-08', 'Ｂeta'],
      ['interview', '2026-08-12', 'Gamma'],
      ['offer', '2026-08-14', 'Beta'],
      ['learning', '2026-07-01', ''],
    ]
    for (const [kind, date, company] of stored) {
      await saveJournalEntry(db, { kind, date, title: `${kind} ${date}`, company })
    }
    const view = jobSearchSummary(await readJobSearchEntries(db))
    const { input } = await readAssessmentInput(db)
    const engine = assess(input, DEFAULT_RULESET).jobSearch

    expect(view.weeks).toBe(3)
    expect(view.interviewsPerWeek).toBe(1)
    expect(view.interviewsPerWeek).toBe(engine.interviewsPerWeek)
    expect(view.weeks).toBe(engine.weeks)
    expect(view.companiesContacted).toBe(engine.companiesContacted)
    expect(view.offersPerCompany).toBe(engine.offersPerCompany)
    expect(view.pipeline).toHaveLength(engine.weeks)
  })
})

describe('the offers saved on the Offers screen', () => {
  const saved = (id: string, company: string, createdAt: string, role = ''): JobSearchOffer => ({
    id,
    company,
    role,
    createdAt,
  })
  // Saved at 23:30 and 09:00 local time: each counts on its own local day.
  const OFFERS = [
    saved('o-moon', 'Moonshot AI', new Date(2026, 10, 2, 23, 30).toISOString(), 'Inference'),
    saved('o-byte', 'ByteDance', new Date(2026, 10, 10, 9, 0).toISOString()),
  ]

  it('count as offers when the journal has none (two saved, no entry: two offers, not 0)', () => {
    const summary = jobSearchSummary(savedOffersAsEntries(OFFERS, []))
    expect(summary.offer).toBe(2)
    expect(summary.companiesContacted).toBe(2)
    expect(summary.offersPerCompany).toBe(1)
    expect(summary.pipeline.map((week) => [week.weekStart, week.offer])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-09', 1],
    ])
    expect(summary.companies.map((company) => company.entries[0]?.title)).toEqual([
      'ByteDance',
      'Moonshot AI · Inference',
    ])
    expect(summary.companies[0]?.entries[0]).toMatchObject({ id: 'o-byte', savedOffer: true })
  })

  it('count once when an offer entry links to one, or names its company without a link', () => {
    const journal = [
      { ...entry('2026-11-03', 'offer', 'Moonshot AI', 'Moonshot offer'), offerId: 'o-moon' },
      entry('2026-11-11', 'offer', ' bytedance', 'ByteDance said yes'),
      entry('2026-11-12', 'offer', 'Zhipu', 'Zhipu offer, not saved'),
    ]
    const counted = savedOffersAsEntries(OFFERS, journal)
    expect(counted).toEqual([])
    expect(jobSearchSummary([...journal, ...counted]).offer).toBe(3)
  })

  it('count a second offer of a company that one unlinked entry names', () => {
    const second = saved('o-byte-2', 'ByteDance', new Date(2026, 10, 20, 9, 0).toISOString())
    const journal = [entry('2026-11-11', 'offer', 'ByteDance', 'ByteDance said yes')]
    const counted = savedOffersAsEntries([second, ...OFFERS], journal)
    // The entry stands for the older ByteDance offer; the newer one and Moonshot's are added.
    expect(counted.map((offer) => offer.id)).toEqual(['o-moon', 'o-byte-2'])
    expect(jobSearchSummary([...journal, ...counted]).offer).toBe(3)
  })

  // Trial 19 #3: "接触过的公司 4" for three, and "字节跳动 Seed" with no interview beside a
  // "字节跳动" with the interview that was linked to that very offer.
  it('count an entry linked to a saved offer under that offer’s company', () => {
    const seed = saved('o-seed', '字节跳动 Seed', new Date(2026, 10, 20, 9, 0).toISOString())
    const journal = [
      { ...entry('2026-11-18', 'interview', '字节跳动', '字节二面'), offerId: 'o-seed' },
      entry('2026-11-19', 'interview', 'Zhipu', 'Zhipu first round'),
    ]
    const summary = jobSearchSummary(jobSearchEntries(journal, [seed, ...OFFERS]))
    expect(summary.companiesContacted).toBe(4)
    const seedCompany = summary.companies.find((company) => company.name === '字节跳动 Seed')
    expect(seedCompany).toMatchObject({ interview: 1, offer: 1 })
    expect(summary.companies.map((company) => company.name)).not.toContain('字节跳动')
  })

  // Review 25 M4: only the linked entry took the offer's name, so an application written
  // '字节跳动' before the offer existed (it cannot link to it) split from its own interview.
  it('count unlinked entries under a name a link joined to an offer’s company', () => {
    const seed = saved('o-seed', '字节跳动 Seed', new Date(2026, 10, 20, 9, 0).toISOString())
    const application = entry('2026-11-02', 'application', '字节跳动', '投了字节')
    const interview = {
      ...entry('2026-11-18', 'interview', '字节跳动', '字节二面'),
      offerId: 'o-seed',
    }
    const offerEntry = {
      ...entry('2026-11-21', 'offer', '字节跳动', '字节 offer'),
      offerId: 'o-seed',
    }
    for (const journal of [
      [application, interview],
      [application, interview, offerEntry],
      [application, offerEntry],
    ]) {
      const summary = jobSearchSummary(jobSearchEntries(journal, [seed]))
      expect(summary.companiesContacted).toBe(1)
      expect(summary.companies).toHaveLength(1)
      expect(summary.companies[0]).toMatchObject({
        name: '字节跳动 Seed',
        application: 1,
        offer: 1,
      })
    }
  })

  it('join two offers one written name links, and leave names no link joins as written', () => {
    const seed = saved('o-seed', '字节跳动 Seed', new Date(2026, 10, 20, 9, 0).toISOString())
    const doubao = saved('o-doubao', '字节 豆包', new Date(2026, 10, 22, 9, 0).toISOString())
    const journal = [
      { ...entry('2026-11-18', 'interview', '字节跳动', 'Seed 二面'), offerId: 'o-seed' },
      { ...entry('2026-11-19', 'interview', '字节跳动', '豆包二面'), offerId: 'o-doubao' },
      entry('2026-11-20', 'interview', 'Zhipu', 'Zhipu first round'),
    ]
    const summary = jobSearchSummary(jobSearchEntries(journal, [seed, doubao]))
    expect(
      summary.companies.map((company) => [company.name, company.interview, company.offer]),
    ).toEqual([
      ['字节跳动 Seed', 2, 2],
      ['Zhipu', 1, 0],
    ])
    // The counted saved offers keep their own titles.
    const titles = summary.companies[0]?.entries.map((item) => item.title)
    expect(titles).toContain('字节 豆包')
  })
})
