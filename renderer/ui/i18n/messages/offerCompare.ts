import type { Widen } from '../translation-type'

/** Offers side by side with the current job; tax assumptions; the market chart. */
export const en = { title: 'Comparison' }

export const zhCN: Widen<typeof en> = { title: '对比' }
