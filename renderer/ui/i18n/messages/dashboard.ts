import type { Widen } from '../translation-type'

/** The Dashboard: tier and trend, gaps, offers, journal week, goal, sample profile. */
export const en = { title: 'Dashboard' }

export const zhCN: Widen<typeof en> = { title: '总览' }
