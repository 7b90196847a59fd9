import { join } from 'node:path'
import fc from 'fast-check'
import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import type { JournalFilter } from '../../../../renderer/data/repositories/journal-query'
import { JOURNAL_KINDS } from '../../../../renderer/domain/model/enums'
import { idSchema } from '../../../../renderer/domain/model/id'
import { tagSchema } from '../../../../renderer/data/records'
import { isoDateSchema } from '../../../../renderer/domain/model/iso-date'
import { journalEventSchema } from '../../../../renderer/domain/model/journal'
import { REPOSITORY_ROOT as root, staticGraph } from '../../../helpers/static-imports'
import {
  parseTimelineQuery,
  searchOfHash,
  serializeTimelineQuery,
  timelineHash,
} from '../../../../renderer/ui/screens/journal/timeline/timeline-hash'

describe('the timeline’s filters in the hash', () => {
  it('are read without zod: the journal reads its address at every start', () => {
    const { packages } = staticGraph(
      join(root, 'renderer/ui/screens/journal/timeline/timeline-hash.ts'),
    )
    expect(packages).not.toContain('zod')
  })

  it('reads every filter and the search text', () => {
    const state = parseTimelineQuery(
      'kind=interview&tag=llm&skill=s-1&offer=o-2&company=%E5%AD%97%E8%8A%82&from=2026-01-01&to=2026-03-31&q=%E6%8E%A8%E7%90%86+quant',
    )
    expect(state).toEqual({
      filter: {
        kind: 'interview',
        tag: 'llm',
        skillId: 's-1',
        offerId: 'o-2',
        company: '字节',
        from: '2026-01-01',
        to: '2026-03-31',
      },
      query: '推理 quant',
      ignored: [],
    })
  })

  it('writes them in a fixed order and reads back what it wrote', () => {
    const filter: JournalFilter = { to: '2026-02-01', tag: '面试 二面', kind: 'offer' }
    expect(serializeTimelineQuery(filter)).toBe(
      'kind=offer&tag=%E9%9D%A2%E8%AF%95+%E4%BA%8C%E9%9D%A2&to=2026-02-01',
    )
    expect(timelineHash({})).toBe('#/journal')
    expect(timelineHash({ kind: 'learning' }, 'a&b=c')).toBe('#/journal?kind=learning&q=a%26b%3Dc')
    expect(parseTimelineQuery(searchOfHash(timelineHash({ kind: 'learning' }, 'a&b=c')))).toEqual({
      filter: { kind: 'learning' },
      query: 'a&b=c',
      ignored: [],
    })
  })

  it('keeps the search text as typed, a trailing space included', () => {
    expect(parseTimelineQuery(serializeTimelineQuery({}, '推理 ')).query).toBe('推理 ')
  })

  it('round-trips any valid filter and search text', () => {
    const text = (max: number) =>
      fc.string({ minLength: 1, maxLength: max }).filter((value) => value.trim() === value)
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10))
    fc.assert(
      fc.property(
        fc.record(
          {
            kind: fc.constantFrom(...JOURNAL_KINDS),
            tag: text(40),
            skillId: fc.string({ minLength: 1, maxLength: 64 }),
            offerId: fc.string({ minLength: 1, maxLength: 64 }),
            company: text(100),
            from: day,
          },
          { requiredKeys: [] },
        ),
        fc.string({ maxLength: 200 }),
        (filter, query) => {
          const back = parseTimelineQuery(serializeTimelineQuery(filter, query))
          expect(back).toEqual({ filter, query, ignored: [] })
        },
      ),
    )
  })

  it('leaves out what is unknown or bad, each with its reason, and keeps the rest', () => {
    const state = parseTimelineQuery(
      '?kind=party&tag=llm&colour=red&from=2026-02-30&to=yesterday&tag=again&company=%20%20&skill=',
    )
    expect(state.filter).toEqual({ tag: 'llm' })
    expect(state.query).toBe('')
    expect(state.ignored).toEqual([
      { name: 'kind', value: 'party', reason: 'invalid' },
      { name: 'colour', value: 'red', reason: 'unknown' },
      { name: 'from', value: '2026-02-30', reason: 'invalid' },
      { name: 'to', value: 'yesterday', reason: 'invalid' },
      { name: 'tag', value: 'again', reason: 'repeated' },
      { name: 'company', value: '  ', reason: 'invalid' },
      { name: 'skill', value: '', reason: 'invalid' },
    ])
  })

  it('drops an end date before the start date, and survives what URLSearchParams survives', () => {
    expect(parseTimelineQuery('from=2026-03-01&to=2026-02-01')).toEqual({
      filter: { from: '2026-03-01' },
      query: '',
      ignored: [{ name: 'to', value: '2026-02-01', reason: 'range' }],
    })
    const odd = parseTimelineQuery('%E0%A4%A&tag=%zz&__proto__=1&constructor=x')
    // A broken escape reads as U+FFFD; a "%" that escapes nothing stays a "%".
    expect(odd.filter).toEqual({ tag: '%zz' })
    expect(Object.getPrototypeOf(odd.filter)).toBe(Object.prototype)
    expect(odd.ignored).toEqual([
      { name: '\ufffd%A', value: '', reason: 'unknown' },
      { name: '__proto__', value: '1', reason: 'unknown' },
      { name: 'constructor', value: 'x', reason: 'unknown' },
    ])
    expect(parseTimelineQuery(`q=${'x'.repeat(201)}`).ignored[0]?.reason).toBe('invalid')
  })

  it('finds the part after the first "?" of a hash', () => {
    expect(searchOfHash('#/journal?kind=offer&q=a?b')).toBe('kind=offer&q=a?b')
    expect(searchOfHash('#/journal')).toBe('')
  })

  it('checks each value as the domain’s and the records’ schemas do', () => {
    // The stored fields' own schemas (the journal event's, the records' tag), against the
    // address's, value by value: they must not drift apart (a stored tag the filter refused
    // could not be picked). A company in the address is also non-empty; the search text has
    // only the address's limit.
    const event = journalEventSchema.shape
    const schemas = {
      kind: event.kind,
      tag: tagSchema,
      skill: idSchema,
      offer: idSchema,
      company: event.company.unwrap().min(1),
      from: isoDateSchema,
      to: isoDateSchema,
      q: z.string().max(200),
    } as const
    const field = { skill: 'skillId', offer: 'offerId' } as const
    const agrees = (name: keyof typeof schemas, value: string) => {
      const state = parseTimelineQuery(new URLSearchParams([[name, value]]).toString())
      const expected = schemas[name].safeParse(value)
      const read =
        name === 'q'
          ? state.ignored.length === 0
            ? state.query
            : undefined
          : (state.filter as Record<string, string | undefined>)[
              name in field ? field[name as keyof typeof field] : name
            ]
      expect(read, `${name}=${JSON.stringify(value)}`).toBe(
        expected.success ? expected.data : undefined,
      )
    }
    const names = Object.keys(schemas) as (keyof typeof schemas)[]
    const near = (limit: number) =>
      fc.oneof(
        fc.string({ maxLength: limit + 3 }),
        // Characters beyond the BMP (𠮷, emoji): zod counts them as one, String.length as two.
        fc.string({ unit: 'binary', minLength: limit - 2, maxLength: limit + 2 }),
        fc.constantFrom('𠮷'.repeat(limit), '😀'.repeat(limit + 1), `${'𠮷'.repeat(limit - 1)}a`),
        fc
          .tuple(
            fc.constantFrom('', ' ', '\t', '\u3000'),
            fc.string({ minLength: limit - 2, maxLength: limit + 2 }),
          )
          .map(([pad, text]) => `${pad}${text}${pad}`),
        fc.constantFrom(...JOURNAL_KINDS, ' interview', 'Interview', ''),
      )
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        near(40),
        near(64),
        near(100),
        near(200),
        (name, a, b, c, d) => {
          for (const value of [a, b, c, d]) agrees(name, value)
        },
      ),
      { numRuns: 500 },
    )
    // Dates: every day of 1999-2032, and every month and day number of years around the leap
    // rules' edges (1900, 2000, 2100, 0000), padded or not.
    for (let day = Date.UTC(1999, 0, 1); day <= Date.UTC(2032, 11, 31); day += 86_400_000) {
      agrees('from', new Date(day).toISOString().slice(0, 10))
    }
    for (const year of [
      '0000',
      '0004',
      '0099',
      '1900',
      '1996',
      '2000',
      '2023',
      '2024',
      '2100',
      '9999',
    ]) {
      for (let month = 0; month <= 13; month++) {
        for (let dayOf = 0; dayOf <= 32; dayOf++) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(dayOf).padStart(2, '0')}`
          agrees('to', date)
          agrees('from', `${year}-${String(month)}-${String(dayOf)}`)
        }
      }
    }
    for (const odd of [
      '2026-1-01',
      ' 2026-01-01',
      '2026-01-01 ',
      '+02026-01-01',
      '2026/01/01',
      '20260101',
      '2026-01-01T00:00',
    ]) {
      agrees('from', odd)
    }
  })
})
