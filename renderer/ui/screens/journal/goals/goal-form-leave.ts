import type { GoalFormFields } from './goal-form-schema'

/** Whether the inputs differ from those the form opened with (leaving would lose them). */
export function goalFieldsChanged(initial: GoalFormFields, now: GoalFormFields): boolean {
  // Keys in the initial order, so only a changed value (not a key's place) counts.
  return (
    JSON.stringify(initial) !==
    JSON.stringify({ ...initial, ...now, target: { ...initial.target, ...now.target } })
  )
}
