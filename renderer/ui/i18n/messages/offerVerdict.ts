import type { Widen } from '../translation-type'

/** The verdict beside an offer: recommendation, risk reasons, downside, questions to ask, what would change it. */
export const en = { title: 'Verdict' }

export const zhCN: Widen<typeof en> = { title: '结论' }
