import type { Widen } from '../translation-type'

/** The journal's progress views: the job search, goals, and the entries behind a skill's evidence. */
export const en = {
  title: 'Job search',
}

export const zhCN: Widen<typeof en> = {
  title: '求职进展',
}
