import type { Widen } from '../translation-type'

/** The live assessment beside the forms: score, tier, raise, reasons, quotes, gaps, charts. */
export const en = { title: 'Your assessment' }

export const zhCN: Widen<typeof en> = { title: '评估结果' }
