import type { Widen } from '../translation-type'

/** Profile form: education, experience, city, employer, leadership, current pay. */
export const en = { title: 'Your profile' }

export const zhCN: Widen<typeof en> = { title: '个人资料' }
