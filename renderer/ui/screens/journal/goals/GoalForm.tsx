import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useForm, useWatch, type FieldErrors, type UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { StoredGoal, StoredSkill } from '../../../../data/records'
import { saveGoal } from '../../../../data/repositories/goals'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import { useServices } from '../../../services'
import {
  TARGET_KINDS,
  fieldsFromGoal,
  goalErrorKey,
  goalResolver,
  type GoalFormFields,
  type GoalFormOutput,
  type GoalInputName,
} from './goal-form-schema'

const LEVELS = [1, 2, 3, 4] as const
const LEVEL_KEYS = ['none', 'aware', 'working', 'proficient', 'expert'] as const

function errorAt(errors: FieldErrors<GoalFormFields>, name: GoalInputName) {
  if (name === 'title' || name === 'targetDate') return errors[name]
  const key = name.slice('target.'.length) as 'skillId' | 'level' | 'count' | 'from'
  return errors.target?.[key]
}

/**
 * Adds or edits a goal: a title, a target date and, if the user wants it measured, a skill's
 * level or a count of journal entries. Checked by the repository's schema; an error shows
 * beside its input and nothing is written.
 */
export function GoalForm({
  goal,
  skills,
  today,
  onSaved,
  onCancel,
}: {
  goal: StoredGoal | undefined
  skills: readonly StoredSkill[]
  today: string
  onSaved: (goal: StoredGoal) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { db } = useServices()
  const titleId = useId()
  const [failure, setFailure] = useState<string | undefined>()
  const { register, handleSubmit, control, formState, setFocus } = useForm<
    GoalFormFields,
    unknown,
    GoalFormOutput
  >({
    defaultValues: fieldsFromGoal(goal, today),
    resolver: goalResolver,
    mode: 'onTouched',
  })
  const kind = useWatch({ control, name: 'target.kind' })
  const focused = useRef(false)
  useEffect(() => {
    if (focused.current) return
    focused.current = true
    setFocus('title')
  }, [setFocus])

  const submit = handleSubmit(async (draft) => {
    setFailure(undefined)
    try {
      const skillIds =
        draft.target?.kind === 'skill-level' ? [draft.target.skillId] : (goal?.skillIds ?? [])
      const saved = await saveGoal(db, {
        ...draft,
        skillIds,
        ...(goal ? { id: goal.id, done: goal.done } : {}),
      })
      onSaved(saved)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  })

  const field = (
    name: GoalInputName,
    label: string,
    control: (props: {
      id: string
      'aria-invalid': true | undefined
      'aria-describedby': string | undefined
    }) => ReactNode,
    hint?: string,
  ) => (
    <Field
      name={name}
      label={label}
      hint={hint}
      error={(() => {
        const error = errorAt(formState.errors, name)
        return error ? t(goalErrorKey(name, error.message)) : undefined
      })()}
      render={control}
    />
  )
  const input =
    (registration: UseFormRegisterReturn, type: string, extra: object = {}) =>
    (props: object) => (
      <input type={type} autoComplete="off" {...registration} {...props} {...extra} />
    )

  return (
    <form
      className="goal-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        void submit(event)
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel()
      }}
    >
      <h3 id={titleId}>
        {goal
          ? t('journalProgress.goals.editTitle', { title: goal.title })
          : t('journalProgress.goals.addTitle')}
      </h3>
      <div className="goal-form-row">
        {field(
          'title',
          t('journalProgress.goals.fields.title'),
          input(register('title'), 'text', {
            placeholder: t('journalProgress.goals.fields.titlePlaceholder'),
          }),
        )}
        {field(
          'targetDate',
          t('journalProgress.goals.fields.targetDate'),
          input(register('targetDate'), 'date'),
        )}
      </div>
      <div className="field">
        <label htmlFor={`${titleId}-kind`}>{t('journalProgress.goals.fields.targetKind')}</label>
        <select id={`${titleId}-kind`} {...register('target.kind')}>
          {TARGET_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`journalProgress.goals.targetKinds.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {kind === 'skill-level' ? (
        <div className="goal-form-row">
          {skills.length === 0 ? (
            <p className="hint">{t('journalProgress.goals.noSkills')}</p>
          ) : null}
          {field('target.skillId', t('journalProgress.goals.fields.skill'), (props) => (
            <select {...register('target.skillId')} {...props}>
              <option value="">{t('journalProgress.goals.fields.chooseSkill')}</option>
              {skills.map((skill) => (
                <option key={skill.id} value={skill.id}>
                  {skill.name}
                </option>
              ))}
            </select>
          ))}
          {field('target.level', t('journalProgress.goals.fields.level'), (props) => (
            <select {...register('target.level')} {...props}>
              {LEVELS.map((level) => (
                <option key={level} value={String(level)}>
                  {t('journalProgress.goals.levelOption', {
                    level,
                    name: t(`skills.levels.${LEVEL_KEYS[level]}.name`),
                  })}
                </option>
              ))}
            </select>
          ))}
        </div>
      ) : null}
      {kind === 'entry-count' ? (
        <div className="goal-form-row">
          <div className="field">
            <label htmlFor={`${titleId}-journal-kind`}>
              {t('journalProgress.goals.fields.journalKind')}
            </label>
            <select id={`${titleId}-journal-kind`} {...register('target.journalKind')}>
              {JOURNAL_KINDS.map((option) => (
                <option key={option} value={option}>
                  {t(`journal.kind.${option}`)}
                </option>
              ))}
            </select>
          </div>
          {field(
            'target.count',
            t('journalProgress.goals.fields.count'),
            input(register('target.count'), 'text', { inputMode: 'numeric' }),
          )}
          {field(
            'target.from',
            t('journalProgress.goals.fields.from'),
            input(register('target.from'), 'date'),
            t('journalProgress.goals.fields.fromHint'),
          )}
        </div>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {t('journalProgress.goals.errors.saveFailed', { detail: failure })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('journalProgress.goals.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('journalProgress.goals.cancel')}
        </button>
      </div>
    </form>
  )
}

/** A labelled control with its hint and its error beside it, linked for screen readers. */
function Field({
  name,
  label,
  hint,
  error,
  render,
}: {
  name: string
  label: string
  hint?: string | undefined
  error: string | undefined
  render: (props: {
    id: string
    'aria-invalid': true | undefined
    'aria-describedby': string | undefined
  }) => ReactNode
}) {
  const id = useId()
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field" data-field={name}>
      <label htmlFor={id}>{label}</label>
      {render({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described || undefined,
      })}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
