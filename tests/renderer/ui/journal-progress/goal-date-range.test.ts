import { describe, expect, it } from 'vitest'
import { DATE_OUT_OF_RANGE } from '../../../../renderer/ui/form/date-range'
import {
  fieldsFromGoal,
  goalErrorKey,
  goalFormSchema,
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
