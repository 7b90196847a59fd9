import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { GoalProgress } from '../../../../data/goal-progress'
import type { StoredGoal } from '../../../../data/records'
import type { UiLanguage } from '../../../i18n/i18n'
import { goalAim, goalDue, goalStanding } from './goal-text'

/**
 * One goal: its title and state, what it aims at and how far it has come, when it is due.
 * Delete deletes at once (the view offers Undo).
 */
export function GoalItem({
  progress,
  today,
  focusToggle,
  onToggleFocused,
  onEdit,
  onToggleDone,
  onDelete,
}: {
  progress: GoalProgress
  today: string
  /** Puts focus on Mark done / Reopen (the goal was just moved or put back). */
  focusToggle: boolean
  onToggleFocused: () => void
  onEdit: (goal: StoredGoal) => void
  onToggleDone: (goal: StoredGoal) => void
  onDelete: (goal: StoredGoal) => void
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  const toggle = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!focusToggle) return
    toggle.current?.focus()
    onToggleFocused()
  }, [focusToggle, onToggleFocused])
  const { goal, status } = progress
  const aim = goalAim(progress, t, language, today)
  const standing = goalStanding(progress, t)
  const measured = progress.current !== null && progress.target !== null
  return (
    <li className={`goal-item is-${status}`} data-testid="goal-item">
      <div className="goal-head">
        <h4 className="goal-title">{goal.title}</h4>
        <span className={`goal-status is-${status}`}>
          {t(`journalProgress.goals.status.${status}`)}
        </span>
      </div>
      {aim ? <p className="goal-aim">{aim}</p> : null}
      {measured ? (
        <div className="goal-progress">
          <progress
            max={progress.target ?? 1}
            value={Math.min(progress.current ?? 0, progress.target ?? 0)}
            aria-label={t('journalProgress.goals.progressLabel', { title: goal.title })}
            aria-valuetext={standing ?? undefined}
          />
          <span className="goal-standing">{standing}</span>
        </div>
      ) : standing ? (
        <p className="goal-standing">{standing}</p>
      ) : null}
      <p className="muted goal-due">{goalDue(progress, t, language, today)}</p>
      <div className="actions goal-actions">
        <button
          type="button"
          aria-label={t('journalProgress.goals.editNamed', { title: goal.title })}
          onClick={() => {
            onEdit(goal)
          }}
        >
          {t('journalProgress.goals.edit')}
        </button>
        <button
          type="button"
          ref={toggle}
          aria-label={t(
            goal.done ? 'journalProgress.goals.reopenNamed' : 'journalProgress.goals.markDoneNamed',
            { title: goal.title },
          )}
          onClick={() => {
            onToggleDone(goal)
          }}
        >
          {t(goal.done ? 'journalProgress.goals.reopen' : 'journalProgress.goals.markDone')}
        </button>
        <button
          type="button"
          aria-label={t('journalProgress.goals.removeNamed', { title: goal.title })}
          onClick={() => {
            onDelete(goal)
          }}
        >
          {t('journalProgress.goals.remove')}
        </button>
      </div>
    </li>
  )
}
