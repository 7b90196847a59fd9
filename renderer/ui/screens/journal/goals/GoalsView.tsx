import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { goalsInOrder } from '../../../../data/goal-progress'
import type { StoredGoal } from '../../../../data/records'
import { deleteGoal, restoreGoal, saveGoal } from '../../../../data/repositories/goals'
import { useServices } from '../../../services'
import { GoalForm } from './GoalForm'
import { GoalItem } from './GoalItem'
import { skillsByName } from '../timeline/filter-options'
import { useGoals } from './use-goals'
import './goals.css'

type FormState = { goal: StoredGoal | undefined } | undefined

/** The status line: a sentence, or a deletion with its Undo. */
type Status = { kind: 'said'; text: string } | { kind: 'deleted'; goal: StoredGoal } | undefined

/**
 * Goals with their target dates and progress: the open ones next due first, the done ones apart;
 * add, edit, mark done or delete (at once, with Undo in the status line, which puts the goal
 * back as it was). Progress comes from the data layer (goalProgress).
 */
export function GoalsView() {
  const { t, i18n } = useTranslation()
  const { db } = useServices()
  const read = useGoals()
  // The goal form's skills by name, as the journal's filters list them (trial 20 #3).
  const skills = useMemo(
    () => (read ? skillsByName(read.skills, i18n.language) : []),
    [read, i18n.language],
  )
  const [form, setForm] = useState<FormState>()
  const [status, setStatus] = useState<Status>()
  // The goal whose Mark done / Reopen gets focus once drawn where it now belongs (done or
  // open): marking it done moves it to the other list, and its old button is gone.
  const [focusGoal, setFocusGoal] = useState<{ id: string; done: boolean } | undefined>()
  const addButton = useRef<HTMLButtonElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const ordered = useMemo(() => (read ? goalsInOrder(read.progress) : undefined), [read])
  // The form closed (saved, cancelled): focus goes back to Add a goal once it is drawn again. A
  // frame's wait was not always enough (new-user trial: after Ctrl+Enter saved, focus fell to the
  // page's body, the button not yet there), so this asks after each render until it is. Only
  // while the keyboard has nowhere else to be: the form's inputs went away with it.
  const focusAdd = useRef(false)
  useEffect(() => {
    const button = addButton.current
    if (!focusAdd.current || !button) return
    focusAdd.current = false
    const focused = document.activeElement
    if (!focused || focused === document.body || !focused.isConnected) button.focus()
  })
  // Focus goes to Undo as it appears: the deleted goal's buttons are gone.
  useEffect(() => {
    if (status?.kind === 'deleted') undoButton.current?.focus()
  }, [status])

  if (!read || !ordered) return <p className="muted">{t('journalProgress.goals.loading')}</p>

  const say = (text: string) => {
    setStatus({ kind: 'said', text })
  }
  const failed = (error: unknown) => {
    say(
      t('journalProgress.goals.errors.saveFailed', {
        detail: error instanceof Error ? error.message : String(error),
      }),
    )
  }
  const closeForm = () => {
    focusAdd.current = true
    setForm(undefined)
  }
  const undo = (goal: StoredGoal) => {
    restoreGoal(db, goal).then(
      () => {
        say(t('journalEntry.undo.restored', { title: goal.title }))
        setFocusGoal({ id: goal.id, done: goal.done })
      },
      (error: unknown) => {
        say(
          t('journalEntry.undo.failed', {
            title: goal.title,
            detail: error instanceof Error ? error.message : String(error),
          }),
        )
      },
    )
  }
  const item = (progress: (typeof ordered.open)[number]) => (
    <GoalItem
      key={progress.goal.id}
      progress={progress}
      today={read.today}
      focusToggle={focusGoal?.id === progress.goal.id && focusGoal.done === progress.goal.done}
      onToggleFocused={() => {
        setFocusGoal(undefined)
      }}
      onEdit={(goal) => {
        setStatus(undefined)
        setForm({ goal })
      }}
      onToggleDone={(goal) => {
        saveGoal(db, { ...goal, done: !goal.done }).then(() => {
          say(
            t(goal.done ? 'journalEntry.goalDone.reopened' : 'journalEntry.goalDone.marked', {
              title: goal.title,
            }),
          )
          setFocusGoal({ id: goal.id, done: !goal.done })
        }, failed)
      }}
      onDelete={(goal) => {
        deleteGoal(db, goal.id).then(() => {
          setStatus({ kind: 'deleted', goal })
        }, failed)
      }}
    />
  )

  return (
    <div className="goals-view">
      <section className="panel" aria-labelledby="goals-title">
        <h2 id="goals-title">{t('journalProgress.goals.title')}</h2>
        <p className="hint">{t('journalProgress.goals.intro')}</p>
        <div role="status" className="status goals-status">
          {status?.kind === 'deleted' ? (
            <>
              {t('journalEntry.undo.deleted', { title: status.goal.title })}{' '}
              <button
                type="button"
                ref={undoButton}
                aria-label={t('journalEntry.undo.named', { title: status.goal.title })}
                onClick={() => {
                  undo(status.goal)
                }}
              >
                {t('journalEntry.undo.button')}
              </button>
            </>
          ) : (
            status?.text
          )}
        </div>
        {form ? (
          <GoalForm
            key={form.goal?.id ?? 'new'}
            goal={form.goal}
            skills={skills}
            today={read.today}
            onSaved={(saved) => {
              say(t('journalProgress.goals.saved', { title: saved.title }))
              closeForm()
            }}
            onCancel={closeForm}
          />
        ) : (
          <button
            type="button"
            ref={addButton}
            className="goal-add"
            onClick={() => {
              setStatus(undefined)
              setForm({ goal: undefined })
            }}
          >
            {t('journalProgress.goals.add')}
          </button>
        )}
        {ordered.open.length === 0 && ordered.done.length === 0 ? (
          <p className="muted">{t('journalProgress.goals.empty')}</p>
        ) : null}
        {ordered.open.length > 0 ? (
          <>
            <h3 className="goals-group">{t('journalProgress.goals.openTitle')}</h3>
            <ul className="goal-list" aria-label={t('journalProgress.goals.openTitle')}>
              {ordered.open.map(item)}
            </ul>
          </>
        ) : null}
        {ordered.done.length > 0 ? (
          <>
            <h3 className="goals-group">{t('journalProgress.goals.doneTitle')}</h3>
            <ul className="goal-list is-done" aria-label={t('journalProgress.goals.doneTitle')}>
              {ordered.done.map(item)}
            </ul>
          </>
        ) : null}
      </section>
    </div>
  )
}
