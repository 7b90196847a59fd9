import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useForm, useWatch, type FieldErrors } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { StoredGoal, StoredSkill } from '../../../../data/records'
import { saveGoal } from '../../../../data/repositories/goals'
import { JOURNAL_KINDS } from '../../../../domain/model/enums'
import { useAskBeforeLeaving } from '../../../form/ask-before-leaving'
import { withDateInputCheck } from '../../../form/date-input'
import { LabelledField } from '../../../form/LabelledField'
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
import { goalFieldsChanged } from './goal-form-leave'

/** The schema, and the date inputs read for a date typed that is not whole or not real. */
const resolver = withDateInputCheck(goalResolver)

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
 * beside its input and nothing is written. Cancel closes it; so does Esc, asking first when
 * that would throw away typed changes.
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
  const [initialFields] = useState(() => fieldsFromGoal(goal, today))
  const { register, handleSubmit, control, formState, setFocus, getValues } = useForm<
    GoalFormFields,
    unknown,
    GoalFormOutput
  >({
    defaultValues: initialFields,
    resolver,
    // Checked first on Save, every input at once: checking each on blur showed the title's
    // error alone, and the line it added moved Save from under the pointer, so the click that
    // blurred the title was lost and the missing date was said only at the second save.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const kind = useWatch({ control, name: 'target.kind' })
  const focused = useRef(false)
  useEffect(() => {
    if (focused.current) return
    focused.current = true
    setFocus('title')
  }, [setFocus])

  // Esc on a form with typed changes asks first; the question stands until another key is
  // pressed. Cancel, a choice made on purpose, closes at once, as in the skill and offer forms.
  const {
    asked: discardAsked,
    line: discardLine,
    onKeyDown: leaveKeys,
  } = useAskBeforeLeaving(() => goalFieldsChanged(initialFields, getValues()), onCancel)

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

  // Enter saves from any input or select, Ctrl/Cmd+Enter from anywhere, as in the skills' form.
  // On a select, Chromium's Enter opens its list, and the list then takes every key, Ctrl+Enter
  // too, without a keydown here (new-user trial 11: neither saved from 'Measured by'): stopping
  // Enter's default keeps the list shut (Space or Alt+↓ still opens it) and saves at once.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    // Escape leaves (asking first); a key an input method composes with is the method's: the
    // Enter that commits a pinyin candidate does not save.
    if (leaveKeys(event)) return
    if (event.key !== 'Enter' || event.altKey || event.shiftKey) return
    const inField =
      event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement
    if (event.ctrlKey || event.metaKey || inField) {
      event.preventDefault()
      void submit()
    }
  }

  const errorText = (name: GoalInputName) => {
    const error = errorAt(formState.errors, name)
    return error ? t(goalErrorKey(name, error.message)) : undefined
  }

  return (
    <form
      className="goal-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        void submit(event)
      }}
      onKeyDown={onKeyDown}
    >
      <h3 id={titleId}>
        {goal
          ? t('journalProgress.goals.editTitle', { title: goal.title })
          : t('journalProgress.goals.addTitle')}
      </h3>
      <div className="goal-form-row">
        <LabelledField label={t('journalProgress.goals.fields.title')} error={errorText('title')}>
          {(props) => (
            <input
              {...props}
              type="text"
              autoComplete="off"
              placeholder={t('journalProgress.goals.fields.titlePlaceholder')}
              {...register('title')}
            />
          )}
        </LabelledField>
        <LabelledField
          label={t('journalProgress.goals.fields.targetDate')}
          error={errorText('targetDate')}
        >
          {(props) => (
            <input {...props} type="date" autoComplete="off" {...register('targetDate')} />
          )}
        </LabelledField>
      </div>
      <LabelledField label={t('journalProgress.goals.fields.targetKind')}>
        {(props) => (
          <select {...props} {...register('target.kind')}>
            {TARGET_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`journalProgress.goals.targetKinds.${option}`)}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      {kind === 'skill-level' ? (
        <div className="goal-form-row">
          {skills.length === 0 ? (
            <p className="hint">{t('journalProgress.goals.noSkills')}</p>
          ) : null}
          <LabelledField
            label={t('journalProgress.goals.fields.skill')}
            error={errorText('target.skillId')}
          >
            {(props) => (
              <select {...props} {...register('target.skillId')}>
                <option value="">{t('journalProgress.goals.fields.chooseSkill')}</option>
                {skills.map((skill) => (
                  <option key={skill.id} value={skill.id}>
                    {skill.name}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
          <LabelledField
            label={t('journalProgress.goals.fields.level')}
            error={errorText('target.level')}
          >
            {(props) => (
              <select {...props} {...register('target.level')}>
                {LEVELS.map((level) => (
                  <option key={level} value={String(level)}>
                    {t('journalProgress.goals.levelOption', {
                      level,
                      name: t(`skills.levels.${LEVEL_KEYS[level]}.name`),
                    })}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
        </div>
      ) : null}
      {kind === 'entry-count' ? (
        <div className="goal-form-row">
          <LabelledField label={t('journalProgress.goals.fields.journalKind')}>
            {(props) => (
              <select {...props} {...register('target.journalKind')}>
                {JOURNAL_KINDS.map((option) => (
                  <option key={option} value={option}>
                    {t(`journal.kind.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </LabelledField>
          <LabelledField
            label={t('journalProgress.goals.fields.count')}
            error={errorText('target.count')}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                {...register('target.count')}
              />
            )}
          </LabelledField>
          <LabelledField
            label={t('journalProgress.goals.fields.from')}
            hint={t('journalProgress.goals.fields.fromHint')}
            error={errorText('target.from')}
          >
            {(props) => (
              <input {...props} type="date" autoComplete="off" {...register('target.from')} />
            )}
          </LabelledField>
        </div>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {t('journalProgress.goals.errors.saveFailed', { detail: failure })}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          aria-keyshortcuts="Control+Enter Meta+Enter"
          disabled={formState.isSubmitting}
        >
          {t('journalProgress.goals.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('journalProgress.goals.cancel')}
        </button>
        <span className="hint goal-keys">{t('journalProgress.goals.keys')}</span>
      </div>
      <p ref={discardLine} role="status" className="status goal-discard-asked">
        {discardAsked ? t('journalProgress.goals.discardAsked') : ''}
      </p>
    </form>
  )
}
