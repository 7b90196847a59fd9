import { describe, expect, it } from 'vitest'
import { storedGoalSchema } from '../../../../renderer/data/records'
import {
  fieldsFromGoal,
  type GoalFormFields,
} from '../../../../renderer/ui/screens/journal/goals/goal-form-schema'
import { leaveAction as askOrClose } from '../../../../renderer/ui/form/ask-before-leaving'
import { goalFieldsChanged } from '../../../../renderer/ui/screens/journal/goals/goal-form-leave'

/** Esc on the goal form: the shared rule with the goal's own test of a change. */
function leaveAction(initial: GoalFormFields, now: GoalFormFields, asked: boolean) {
  return askOrClose(goalFieldsChanged(initial, now), asked)
}

const TODAY = '2026-12-03'
const empty = fieldsFromGoal(undefined, TODAY)

describe('leaveAction: Esc or Cancel on the goal form (goal31)', () => {
  it('closes an untouched form at once', () => {
    expect(goalFieldsChanged(empty, fieldsFromGoal(undefined, TODAY))).toBe(false)
    expect(leaveAction(empty, fieldsFromGoal(undefined, TODAY), false)).toBe('close')
  })

  it('asks first when a title is typed, and closes at the second Esc', () => {
    const typed = { ...empty, title: '读完 vLLM 源码' }
    expect(leaveAction(empty, typed, false)).toBe('ask')
    expect(leaveAction(empty, typed, true)).toBe('close')
  })

  it('counts a change in a target field, shown or not, and not a key order', () => {
    const counted = { ...empty, target: { ...empty.target, kind: 'entry-count' as const } }
    expect(leaveAction(empty, counted, false)).toBe('ask')
    const count = { ...empty, target: { ...empty.target, count: '10' } }
    expect(leaveAction(empty, count, false)).toBe('ask')
    const { target, title, targetDate } = empty
    const reordered = { target: { ...target }, targetDate, title }
    expect(leaveAction(empty, reordered, false)).toBe('close')
  })

  it('asks for an edited stored goal only once it differs from what was stored', () => {
    const stored = fieldsFromGoal(
      storedGoalSchema.parse({
        id: 'g1',
        createdAt: '2026-11-01T00:00:00.000Z',
        updatedAt: '2026-11-01T00:00:00.000Z',
        title: 'Ship the eval harness',
        targetDate: '2027-03-31',
        target: { kind: 'entry-count', journalKind: 'learning', count: 10, from: '2026-11-01' },
      }),
      TODAY,
    )
    expect(leaveAction(stored, { ...stored }, false)).toBe('close')
    expect(leaveAction(stored, { ...stored, targetDate: '2027-04-30' }, false)).toBe('ask')
    const fewer = { ...stored, target: { ...stored.target, count: '8' } }
    expect(leaveAction(stored, fewer, false)).toBe('ask')
  })
})
