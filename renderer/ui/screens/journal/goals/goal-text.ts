import type { TFunction } from 'i18next'
import type { GoalProgress } from '../../../../data/goal-progress'
import { localDate } from '../../../../data/snapshots'
import type { UiLanguage } from '../../../i18n/i18n'
import { formatDay, formatRelativeDays } from '../../dashboard/dashboard-format'

/**
 * A name as it stands before Chinese text: in Chinese, one ending in a Latin letter or a digit
 * is kept apart from the Han after it by a space ('LoRA 达到 3 级', not 'LoRA达到 3 级').
 */
export function nameBeforeHan(name: string, language: UiLanguage): string {
  return language === 'zh-CN' && /[A-Za-z0-9]$/.test(name) ? `${name} ` : name
}

/** What the goal aims at, in words: "vLLM to level 3", "10 “Interview” entries from Oct 1". */
export function goalAim(
  progress: GoalProgress,
  t: TFunction,
  language: UiLanguage,
  today: string,
): string | null {
  const target = progress.goal.target
  if (!target) return null
  if (target.kind === 'skill-level') {
    return progress.skillName === undefined
      ? null
      : t('journalProgress.goals.skillAim', {
          skill: nameBeforeHan(progress.skillName, language),
          level: target.level,
        })
  }
  return t('journalProgress.goals.countAim', {
    count: target.count,
    kind: t(`journal.kind.${target.journalKind}`),
    from: formatDay(target.from, language, today),
  })
}

/** How far it has come: "Counted at level 2; goal: level 3", "3 of 10"; null with nothing to measure. */
export function goalStanding(progress: GoalProgress, t: TFunction): string | null {
  const { current, target } = progress
  if (progress.status === 'skill-missing') return t('journalProgress.goals.skillMissing')
  if (current === null || target === null) return null
  if (progress.goal.target?.kind === 'skill-level') {
    return t(
      progress.capped ? 'journalProgress.goals.skillCapped' : 'journalProgress.goals.skillNow',
      {
        current,
        target,
      },
    )
  }
  return t('journalProgress.goals.countNow', { current, target })
}

/**
 * "Due Dec 3 (in 5 days)" or "Was due Nov 1 (3 days ago)"; a done goal says the day it was
 * marked done, "Done on Dec 3" / "12月3日完成" (its doneAt, on this device's calendar), and no
 * days to its target, which no longer matter (trial 32: a goal marked done still read "in 118
 * days"). A goal marked done before that day was stored has none: it says its target date
 * only, never a day made up.
 */
export function goalDue(
  progress: GoalProgress,
  t: TFunction,
  language: UiLanguage,
  today: string,
): string {
  const { doneAt } = progress.goal
  if (progress.status === 'done' && doneAt !== undefined) {
    const date = formatDay(localDate(new Date(doneAt)), language, today)
    return t('journalProgress.goals.doneOn', { date })
  }
  const date = formatDay(progress.goal.targetDate, language, today)
  if (progress.status === 'done') return t('journalProgress.goals.doneTarget', { date })
  const values = { date, relative: formatRelativeDays(progress.daysLeft, language) }
  return progress.daysLeft < 0 && progress.status !== 'reached'
    ? t('journalProgress.goals.overdueSince', values)
    : t('journalProgress.goals.due', values)
}
