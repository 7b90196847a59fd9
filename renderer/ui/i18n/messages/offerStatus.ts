import type { Widen } from '../translation-type'

/** The offers list: status, deadlines, reminders, accepting an offer as current pay. */
export const en = { title: 'Your offers' }

export const zhCN: Widen<typeof en> = { title: '你的 Offer' }
