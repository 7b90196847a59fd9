import { zodResolver } from '@hookform/resolvers/zod'
import '../../../i18n/zod-locale' // zod's messages in the interface's language from the first check
import type { Resolver } from 'react-hook-form'
import { z } from 'zod'
import type { StoredGoal } from '../../../../data/records'
import { goalDraftSchema } from '../../../../data/repositories/goals'
import { JOURNAL_KINDS, type JournalKind } from '../../../../domain/model/enums'
import { DATE_NOT_COMPLETE } from '../../../form/date-input'
import { DATE_OUT_OF_RANGE, dateInRange, GOAL_YEARS_AHEAD } from '../../../form/date-range'
import { LONG_YEAR_OUT_OF_RANGE } from '../../../form/year-too-long'

export const TARGET_KINDS = ['none', 'skill-level', 'entry-count'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

/** The form's inputs as typed: every target field kept, whichever kind is chosen. */
export interface GoalFormFields {
  title: string
  targetDate: string
  target: {
    kind: TargetKind
    skillId: string
    level: string
    journalKind: JournalKind
    count: string
    from: string
  }
}

type DraftInput = z.input<typeof goalDraftSchema>

/** An input's text as a number: empty is absent, so the schema names it as missing. */
function numberFrom(text: string): number {
  return (text.trim() === '' ? undefined : Number(text)) as number
}

/** The inputs as the repository's draft: only the chosen target kind's fields go in. */
export function draftFromFields(fields: GoalFormFields): DraftInput {
  const { target } = fields
  const draft: DraftInput = { title: fields.title, targetDate: fields.targetDate }
  if (target.kind === 'skill-level') {
    draft.target = { kind: 'skill-level', skillId: target.skillId, level: numberFrom(target.level) }
  } else if (target.kind === 'entry-count') {
    draft.target = {
      kind: 'entry-count',
      journalKind: target.journalKind,
      count: numberFrom(target.count),
      from: target.from,
    }
  }
  return draft
}

/** A date as the form's date input gives it; any other text the stored schema refuses. */
const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Names the input whose counting window ends before it starts. */
export const FROM_AFTER_TARGET = 'from-after-target'

/**
 * The form's schema: the inputs read into a draft and checked by the repository's own schema,
 * so the form and the database accept exactly the same goals, and each error keeps the stored
 * field's path (the input's name); plus a window that must not end before it starts.
 */
export const goalFormSchema = z
  .custom<GoalFormFields>()
  .transform(draftFromFields)
  .pipe(goalDraftSchema)
  .superRefine((draft, context) => {
    if (draft.target?.kind === 'entry-count' && draft.target.from > draft.targetDate) {
      context.addIssue({ code: 'custom', path: ['target', 'from'], message: FROM_AFTER_TARGET })
    }
  })
  // A typed date in a sensible range (see date-range.ts); stored goals stay readable whatever
  // their dates. Checked even when another input is refused, so all errors show at one Save.
  .superRefine(
    (draft, context) => {
      const dates = [
        { path: ['targetDate'], date: draft.targetDate },
        ...(draft.target?.kind === 'entry-count'
          ? [{ path: ['target', 'from'], date: draft.target.from }]
          : []),
      ]
      for (const { path, date } of dates) {
        if (
          typeof date === 'string' &&
          isoDate.test(date) &&
          !dateInRange(date, GOAL_YEARS_AHEAD)
        ) {
          context.addIssue({ code: 'custom', path, message: DATE_OUT_OF_RANGE })
        }
      }
    },
    { when: () => true },
  )

export type GoalFormOutput = z.output<typeof goalFormSchema>

export const goalResolver: Resolver<GoalFormFields, unknown, GoalFormOutput> =
  // A year of five digits in either date is out of range too, not a date left empty (review D-1).
  zodResolver(goalFormSchema, LONG_YEAR_OUT_OF_RANGE)

/** A stored goal (or none) as the form's starting inputs. */
export function fieldsFromGoal(goal: StoredGoal | undefined, today: string): GoalFormFields {
  const target = goal?.target
  return {
    title: goal?.title ?? '',
    targetDate: goal?.targetDate ?? '',
    target: {
      kind: target?.kind ?? 'none',
      skillId: target?.kind === 'skill-level' ? target.skillId : '',
      level: target?.kind === 'skill-level' ? String(target.level) : '3',
      // The first kind the form lists (learning), so the select shows what will be counted: the
      // default was interview, below learning, and a goal titled 写满 10 条学习日志 counted
      // interviews (new-user trial).
      journalKind: target?.kind === 'entry-count' ? target.journalKind : JOURNAL_KINDS[0],
      count: target?.kind === 'entry-count' ? String(target.count) : '',
      from: target?.kind === 'entry-count' ? target.from : today,
    },
  }
}

const ERROR_KEYS = {
  title: 'title',
  targetDate: 'targetDate',
  'target.skillId': 'skill',
  'target.level': 'level',
  'target.count': 'count',
  'target.from': 'from',
} as const

/** The sentence for an input the schema refused: one of ours for each input of the form. */
export function goalErrorKey(
  name: keyof typeof ERROR_KEYS,
  message: string | undefined,
):
  | `journalProgress.goals.errors.${(typeof ERROR_KEYS)[keyof typeof ERROR_KEYS] | 'fromAfterTarget' | 'dateRange'}`
  | 'form.date.notComplete' {
  // The date input's own reading (see date-input.ts): a date typed that is not whole or real.
  if (message === DATE_NOT_COMPLETE) return 'form.date.notComplete'
  if ((name === 'targetDate' || name === 'target.from') && message === DATE_OUT_OF_RANGE) {
    return 'journalProgress.goals.errors.dateRange'
  }
  if (name === 'target.from' && message === FROM_AFTER_TARGET) {
    return 'journalProgress.goals.errors.fromAfterTarget'
  }
  return `journalProgress.goals.errors.${ERROR_KEYS[name]}`
}
export type GoalInputName = keyof typeof ERROR_KEYS
