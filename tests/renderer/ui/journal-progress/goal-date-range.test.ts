import { describe, expect, it } from 'vitest'
import { DATE_OUT_OF_RANGE } from '../../../../renderer/ui/form/date-range'
import {
  fieldsFromGoal,
  goalErrorKey,
  goalFormSchema,
  goalResolver,
  type GoalFormFields,
} from '../../../../renderer/ui/screens/journal/goals/goal-form-schema'

// Review 24: the entry form saved 0006-02-02 from a slip in Chromium's date field; a goal's
// target date and its counting start had the same hole. A goal looks ahead up to ten years.

const year = new Date().getFullYear()

function parse(targetDate: string, from?: string) {
  const fields = fieldsFromGoal(undefined, `${year}-01-01`)
  fields.title = 'Ship an inference service'
  fields.targetDate = targetDate
  if (from !== undefined) {
    fields.target = { ...fields.target, kind: 'entry-count', count: '10', from }
  }
  return goalFormSchema.safeParse(fields)
}

describe("a goal's dates", () => {
  it.each(['0006-02-02', '1900-01-01', `${year + 11}-01-01`])('refuses a target of %s', (date) => {
    expect(parse(date).error?.issues).toEqual([
      expect.objectContaining({ path: ['targetDate'], message: DATE_OUT_OF_RANGE }),
    ])
  })

  it('refuses a counting start before 1950', () => {
    expect(parse(`${year}-12-31`, '0006-02-02').error?.issues).toEqual([
      expect.objectContaining({ path: ['target', 'from'], message: DATE_OUT_OF_RANGE }),
    ])
  })

  it.each(['1950-01-01', `${year + 10}-12-31`])('accepts a target of %s', (date) => {
    expect(parse(date).success).toBe(true)
  })

  it('words it with its own sentence', () => {
    expect(goalErrorKey('targetDate', DATE_OUT_OF_RANGE)).toBe(
      'journalProgress.goals.errors.dateRange',
    )
    expect(goalErrorKey('target.from', DATE_OUT_OF_RANGE)).toBe(
      'journalProgress.goals.errors.dateRange',
    )
    expect(goalErrorKey('targetDate', undefined)).toBe('journalProgress.goals.errors.targetDate')
  })
})

// Review D-1: a year of five digits ("61202-01-15"), which Chromium's date field takes in a
// goal's dates, was refused as no date: "Enter the target date.", not the years allowed.
describe("a goal's dates with a year of five digits", () => {
  async function errorsOf(targetDate: string, from?: string) {
    const fields = fieldsFromGoal(undefined, `${year}-01-01`)
    fields.title = 'Ship an inference service'
    fields.targetDate = targetDate
    if (from !== undefined) {
      fields.target = { ...fields.target, kind: 'entry-count', count: '10', from }
    }
    const check = goalResolver as unknown as (
      values: GoalFormFields,
      context: undefined,
      options: { fields: object; shouldUseNativeValidation: boolean },
    ) => Promise<{
      errors: { targetDate?: { message?: string }; target?: { from?: { message?: string } } }
    }>
    return (await check(fields, undefined, { fields: {}, shouldUseNativeValidation: false })).errors
  }

  it('are out of range, the target date and the counting start alike', async () => {
    const errors = await errorsOf('61202-01-15', '61202-01-01')
    expect(errors.targetDate?.message).toBe(DATE_OUT_OF_RANGE)
    expect(errors.target?.from?.message).toBe(DATE_OUT_OF_RANGE)
    expect(goalErrorKey('targetDate', errors.targetDate?.message)).toBe(
      'journalProgress.goals.errors.dateRange',
    )
  })

  it('leaves an empty target date to "Enter the target date."', async () => {
    const errors = await errorsOf('')
    expect(goalErrorKey('targetDate', errors.targetDate?.message)).toBe(
      'journalProgress.goals.errors.targetDate',
    )
  })
})
