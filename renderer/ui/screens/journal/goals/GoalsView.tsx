import { useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { goalsInOrder } from '../../../../data/goal-progress'
import type { StoredGoal } from '../../../../data/records'
import { deleteGoal, saveGoal } from '../../../../data/repositories/goals'
import { useServices } from '../../../services'
import { GoalForm } from './GoalForm'
import { GoalItem } from './GoalItem'
import { useGoals } from './use-goals'
import './goals.css'

type FormState = { goal: StoredGoal | undefined } | undefined

/**
 * Goals with their target dates and progress: the open ones next due first, the done ones apart;
 * add, edit, mark done or delete. Progress comes from the data layer (goalProgress).
 */
export function GoalsView() {
  const { t } = useTranslation()
  const { db } = useServices()
  const read = useGoals()
  const [form, setForm] = useState<FormState>()
  const [status, setStatus] = useState<string | undefined>()
  const addButton = useRef<HTMLButtonElement>(null)
  const ordered = useMemo(() => (read ? goalsInOrder(read.progress) : undefined), [read])

  if (!read || !ordered) return <p className="muted">{t('journalProgress.goals.loading')}</p>

  const closeForm = () => {
    setForm(undefined)
    requestAnimationFrame(() => addButton.current?.focus())
  }
  const run = (action: () => Promise<unknown>, done: string) => {
    action().then(
      () => {
        setStatus(done)
      },
      (error: unknown) => {
        setStatus(
          t('journalProgress.goals.errors.saveFailed', {
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
      onEdit={(goal) => {
        setStatus(undefined)
        setForm({ goal })
      }}
      onToggleDone={(goal) => {
        run(
          () => saveGoal(db, { ...goal, done: !goal.done }),
          t('journalProgress.goals.saved', { title: goal.title }),
        )
      }}
      onDelete={(goal) => {
        run(
          () => deleteGoal(db, goal.id),
          t('journalProgress.goals.removed', { title: goal.title }),
        )
        requestAnimationFrame(() => addButton.current?.focus())
      }}
    />
  )

  return (
    <div className="goals-view">
      <section className="panel" aria-labelledby="goals-title">
        <h2 id="goals-title">{t('journalProgress.goals.title')}</h2>
        <p className="hint">{t('journalProgress.goals.intro')}</p>
        <div role="status" className="status goals-status">
          {status}
        </div>
        {form ? (
          <GoalForm
            key={form.goal?.id ?? 'new'}
            goal={form.goal}
            skills={read.skills}
            today={read.today}
            onSaved={(saved) => {
              setStatus(t('journalProgress.goals.saved', { title: saved.title }))
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
