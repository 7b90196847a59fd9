import type { Widen } from '../translation-type'

/** The journal's timeline: weeks and months, filters, search as you type. */
export const en = {
  title: 'Timeline',
}

export const zhCN: Widen<typeof en> = {
  title: '时间线',
}
