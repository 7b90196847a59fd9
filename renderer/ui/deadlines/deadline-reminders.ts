import type { StoredOffer } from '../../data/records'
import { DEADLINE_YEARS_AHEAD, dateInRange } from '../form/date-range'

const DAY_MS = 86_400_000

/** The offers a reminder is about: what the list and the banner need of a stored offer. */
export type DeadlineOffer = Pick<StoredOffer, 'id' | 'company' | 'role' | 'status' | 'deadline'>

/** Offers the user still has to answer: an accepted, declined or expired one needs no reminder. */
export function isOpen(offer: Pick<StoredOffer, 'status'>): boolean {
  return offer.status === 'considering' || offer.status === 'negotiating'
}

/**
 * Whole days from `now`'s day to the deadline, on the user's own calendar: 1 tomorrow, 0 on
 * the day itself, -1 the day after (overdue). An evening's hour never moves the count.
 */
export function daysLeft(deadline: string, now: Date): number {
  const [year = 0, month = 1, day = 1] = deadline.split('-').map(Number)
  const due = Date.UTC(year, month - 1, day)
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  return Math.round((due - today) / DAY_MS)
}

/** The banner shows open offers from this many days before their deadline on, and overdue ones. */
export const ATTENTION_DAYS = 2

/**
 * The reminders a deadline gets: two days before, one day before, on the day, and once when it
 * has passed. Each is its own stage; a stage the user missed (the app was closed that day) is
 * skipped, never shown late beside the next one.
 */
export const REMINDER_KINDS = ['two-days', 'one-day', 'today', 'overdue'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** The stage a deadline is in with `days` left; null while it is further away. */
export function reminderKindFor(days: number): ReminderKind | null {
  if (days < 0) return 'overdue'
  if (days === 0) return 'today'
  if (days === 1) return 'one-day'
  if (days === ATTENTION_DAYS) return 'two-days'
  return null
}

export interface DeadlineReminder {
  /** Names the reminder for "shown once": the offer, its deadline and the stage. */
  key: string
  kind: ReminderKind
  offer: DeadlineOffer & { deadline: string }
  daysLeft: number
}

/**
 * The key a shown reminder is remembered by. The deadline is part of it: an employer that moves
 * the deadline gives the user a fresh set of reminders for the new date.
 */
export function reminderKey(offerId: string, deadline: string, kind: ReminderKind): string {
  return `${offerId}|${deadline}|${kind}`
}

/** An open offer with a deadline, and the days left to it. */
export interface OfferNearDeadline {
  offer: DeadlineOffer & { deadline: string }
  daysLeft: number
}

/**
 * Whether a stored deadline is a slip of the date field rather than a date: one outside the years
 * the offer form accepts (1950 to the end of next year). Offers saved before the form held that
 * range, or imported, may carry one (trial 20 #9: 0006-02-02). It is not "44,133 days overdue":
 * the offers list asks the user to check it, and no banner or notification counts it.
 */
export function deadlineLooksMistyped(deadline: string, now: Date): boolean {
  return !dateInRange(deadline, DEADLINE_YEARS_AHEAD, now)
}

/**
 * Open offers with a real deadline (not a mistyped one), each with its days left, soonest (most
 * overdue) first.
 */
export function openDeadlines(offers: readonly DeadlineOffer[], now: Date): OfferNearDeadline[] {
  const near: OfferNearDeadline[] = []
  for (const offer of offers) {
    const { deadline } = offer
    if (!isOpen(offer) || deadline === undefined || deadlineLooksMistyped(deadline, now)) continue
    near.push({ offer: { ...offer, deadline }, daysLeft: daysLeft(deadline, now) })
  }
  return near.sort(
    (a, b) => a.daysLeft - b.daysLeft || a.offer.company.localeCompare(b.offer.company),
  )
}

/** What the banner lists: open offers due within two days, and overdue ones, soonest first. */
export function offersNeedingAttention(
  offers: readonly DeadlineOffer[],
  now: Date,
): OfferNearDeadline[] {
  return openDeadlines(offers, now).filter((entry) => entry.daysLeft <= ATTENTION_DAYS)
}

/**
 * The desktop reminders due at `now`: one for each open offer whose deadline is two days or
 * one day away, today, or past, unless that reminder (same offer, deadline and stage) is in
 * `shown`. Offers no longer open (accepted, declined, expired) get none.
 */
export function dueReminders(
  offers: readonly DeadlineOffer[],
  now: Date,
  shown: ReadonlySet<string>,
): DeadlineReminder[] {
  const due: DeadlineReminder[] = []
  for (const { offer, daysLeft: days } of openDeadlines(offers, now)) {
    const kind = reminderKindFor(days)
    if (kind === null) continue
    const key = reminderKey(offer.id, offer.deadline, kind)
    if (!shown.has(key)) due.push({ key, kind, offer, daysLeft: days })
  }
  return due
}
