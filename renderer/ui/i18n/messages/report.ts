import type { Widen } from '../translation-type'

/** The self-assessment report: Markdown and PDF export, print. */
export const en = { title: 'Report' }

export const zhCN: Widen<typeof en> = { title: '报告' }
