import { useTranslation } from 'react-i18next'
import type { StoredGoal } from '../../../../data/records'
import type { LiveSkillsAndOffers } from '../../../hooks/use-assessment'
import type { UiLanguage } from '../../../i18n/i18n'
import { domainName } from '../../../reasons/names'
import { daysBetween } from '../calendar'
import { formatDay, formatRelativeDays } from '../dashboard-format'
import { goalStanding } from '../../journal/goals/goal-text'
import { useGoals } from '../../journal/goals/use-goals'
import { DashboardCard } from './DashboardCard'

/**
 * The undone goal due soonest that is not reached yet: what it aims at and when. A reached one
 * stays open until "Mark done", and trial 18 (L13) saw 'Reached · 42 of 10' as the next goal:
 * it is skipped for the next unreached one, and shown (saying to mark it done) only when every
 * open goal is reached. Skipped, it is still named in a line below (trial 32), so a goal met
 * is never left unsaid until the others are met too.
 */
export function GoalCard({
  goal: soonest,
  live,
  today,
}: {
  goal: StoredGoal | undefined
  live: LiveSkillsAndOffers
  today: string
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language as UiLanguage
  // Progress from the data layer's goalProgress, the same the Goals view shows.
  const all = useGoals()?.progress
  const open = all?.filter((candidate) => !candidate.goal.done)
  const progress =
    open?.find((candidate) => candidate.status !== 'reached') ??
    open?.find((candidate) => candidate.goal.id === soonest?.id)
  const goal = progress?.goal ?? soonest
  const alsoReached =
    progress?.status === 'reached'
      ? []
      : (open?.filter((candidate) => candidate.status === 'reached') ?? [])
  const target = goal?.target
  const standing = progress ? goalStanding(progress, t) : null
  const skill =
    target?.kind === 'skill-level'
      ? live.sources.skills.find((candidate) => candidate.id === target.skillId)
      : undefined
  const link =
    target?.kind === 'skill-level'
      ? { href: '#/skills', label: t('dashboard.goal.skillLink') }
      : { href: '#/journal/goals', label: t('dashboard.goal.link') }

  let aim: string | null = null
  if (target?.kind === 'skill-level' && skill) {
    aim = t('dashboard.goal.skillTarget', {
      skill: skill.name,
      domain: domainName(t, skill.domain),
      level: target.level,
    })
  } else if (target?.kind === 'entry-count') {
    aim = t('dashboard.goal.entryTarget', {
      count: target.count,
      kind: t(`journal.kind.${target.journalKind}`),
    })
  }

  return (
    <DashboardCard
      title={t('dashboard.goal.title')}
      link={link}
      className="dash-goal"
      testId="dashboard-goal"
    >
      {goal ? (
        <>
          <p className="dash-goal-title">{goal.title}</p>
          {aim ? <p>{aim}</p> : null}
          {progress && standing ? (
            <p className="dash-goal-progress" data-status={progress.status}>
              {progress.current !== null && progress.target !== null ? (
                <progress
                  max={progress.target}
                  value={Math.min(progress.current, progress.target)}
                  aria-label={t('journalProgress.goals.progressLabel', { title: goal.title })}
                  aria-valuetext={standing}
                />
              ) : null}{' '}
              <span>
                {progress.status === 'reached'
                  ? `${t('journalProgress.goals.status.reached')} · ${standing}`
                  : standing}
              </span>
            </p>
          ) : null}
          {progress?.status === 'reached' ? (
            <p className="muted">
              {t(
                open?.length === 1 ? 'dashboard.goal.reachedHintOne' : 'dashboard.goal.reachedHint',
              )}
            </p>
          ) : null}
          <p className="muted">
            {t(goal.targetDate < today ? 'dashboard.goal.overdue' : 'dashboard.goal.due', {
              date: formatDay(goal.targetDate, language, today),
              relative: formatRelativeDays(daysBetween(today, goal.targetDate), language),
            })}
          </p>
          {alsoReached.length > 0 ? (
            <p className="muted" data-testid="dashboard-goal-also-reached">
              {alsoReached.length === 1
                ? t('dashboard.goal.alsoReachedOne', { title: alsoReached[0]?.goal.title })
                : t('dashboard.goal.alsoReached', { count: alsoReached.length })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">{t('dashboard.goal.none')}</p>
      )}
    </DashboardCard>
  )
}
