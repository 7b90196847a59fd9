import type { GoalFormFields } from './goal-form-schema'

/** Whether the inputs differ from those the form opened with (leaving would lose them). */
export function goalFieldsChanged(initial: GoalFormFields, now: GoalFormFields): boolean {
  // Keys in the initial order, so only a changed value (not a key's place) counts.
  return (
    JSON.stringify(initial) !==
    JSON.stringify({ ...initial, ...now, target: { ...initial.target, ...now.target } })
  )
}

/**
 * What Esc does: an unchanged form closes at once; a changed one asks first, and the next Esc
 * (the question still standing) closes it, its inputs thrown away. As the journal entry's and
 * the skill's forms do, so one stray key loses nothing typed (trial 23 #8).
 */
export function leaveAction(
  initial: GoalFormFields,
  now: GoalFormFields,
  asked: boolean,
): 'close' | 'ask' {
  return asked || !goalFieldsChanged(initial, now) ? 'close' : 'ask'
}
