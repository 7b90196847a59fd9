import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { storedJournalEntrySchema } from '../../../../renderer/data/records'
import { en } from '../../../../renderer/ui/i18n/messages/journalEntry'
import { zhCN } from '../../../../renderer/ui/i18n/messages/journalEntry.zh-CN'
import {
  DATE_OUT_OF_RANGE,
  dateInRange,
  ENTRY_YEARS_AHEAD,
} from '../../../../renderer/ui/form/date-range'
import { entryErrorText } from '../../../../renderer/ui/screens/journal/entry/entry-error-text'
import {
  emptyFields,
  entryFormSchema,
  entryResolver,
  type EntryFormFields,
} from '../../../../renderer/ui/screens/journal/entry/entry-form-fields'

// Trial 19 M / review 24: Chromium's date field left 0006-02-02 after "2026" was typed into its
// month segment, and Ctrl+Enter saved it (the timeline then read 「6年2月」, 「第 -99132 周」);
// 1900-01-01 and 2099-01-01 saved silently too.

const year = new Date().getFullYear()

function fields(date: string, title = 'Read the vLLM paper'): EntryFormFields {
  return { ...emptyFields(), date, title }
}

function dateIssues(date: string, title?: string) {
  const result = entryFormSchema.safeParse(fields(date, title))
  return result.success ? [] : result.error.issues
}

describe('the entry form refuses a date outside 1950 to the end of next year', () => {
  it.each(['0006-02-02', '1900-01-01', '1949-12-31', '2099-01-01', `${year + 2}-01-01`])(
    'refuses %s with its own message',
    (date) => {
      expect(dateIssues(date)).toEqual([
        expect.objectContaining({ path: ['date'], message: DATE_OUT_OF_RANGE }),
      ])
    },
  )

  it.each(['1950-01-01', `${year}-06-15`, `${year + 1}-12-31`])('accepts %s', (date) => {
    expect(entryFormSchema.safeParse(fields(date)).success).toBe(true)
  })

  it('names a far date along with another error at one Save', () => {
    const paths = dateIssues('0006-02-02', '').map((issue) => issue.path.join('.'))
    expect(paths).toEqual(expect.arrayContaining(['title', 'date']))
  })

  it('keeps an empty date to the plain "choose a date"', () => {
    expect(dateIssues('')).toEqual([expect.objectContaining({ path: ['date'] })])
    expect(dateIssues('')[0]?.message).not.toBe(DATE_OUT_OF_RANGE)
  })

  it('counts the range from the day it is asked', () => {
    expect(dateInRange('2027-12-31', ENTRY_YEARS_AHEAD, new Date(2026, 11, 2))).toBe(true)
    expect(dateInRange('2028-01-01', ENTRY_YEARS_AHEAD, new Date(2026, 11, 2))).toBe(false)
  })

  it('still reads a stored or imported entry of any year', () => {
    const stored = {
      id: '01J0000000000000000000000A',
      kind: 'learning',
      date: '0006-02-02',
      title: 'Imported',
      body: '',
      tags: [],
      skillIds: [],
      evidence: [],
      createdAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
    }
    expect(storedJournalEntrySchema.safeParse(stored).error?.issues ?? []).toEqual([])
  })
})

// Review D-1: a year of five digits ("61202-01-15", which Chromium's date field can hold) was
// refused as no date, and the form gave the sentence for a date left out, not the years allowed.
describe("the entry form's check of a year of five digits", () => {
  async function dateErrors(date: string, title?: string) {
    const check = entryResolver as unknown as (
      values: EntryFormFields,
      context: undefined,
      options: { fields: object; shouldUseNativeValidation: boolean },
    ) => Promise<{ errors: Record<string, { message?: string }> }>
    return (
      await check(fields(date, title), undefined, { fields: {}, shouldUseNativeValidation: false })
    ).errors
  }

  it('is out of range, with another error at the same Save', async () => {
    const errors = await dateErrors('61202-01-15', '')
    expect(errors['date']?.message).toBe(DATE_OUT_OF_RANGE)
    expect(errors['title']).toBeDefined()
  })

  it('leaves an empty date to the plain "choose a date"', async () => {
    expect((await dateErrors(''))['date']?.message).not.toBe(DATE_OUT_OF_RANGE)
  })
})

describe('the far date sentence', () => {
  it('names the range in both languages', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      lng: 'en',
      resources: {
        en: { translation: { journalEntry: en } },
        'zh-CN': { translation: { journalEntry: zhCN } },
      },
      interpolation: { escapeValue: false },
    })
    const errors = { date: { type: 'custom', message: DATE_OUT_OF_RANGE } }
    expect(entryErrorText('date', errors, i18n.t)).toBe(
      `Choose a date from 1950 to ${year + 1} (a year outside that is likely a typo).`,
    )
    await i18n.changeLanguage('zh-CN')
    expect(entryErrorText('date', errors, i18n.t)).toBe(
      `日期须在 1950 年至 ${year + 1} 年之间（超出这个范围的年份多半是输错了）。`,
    )
  })
})
