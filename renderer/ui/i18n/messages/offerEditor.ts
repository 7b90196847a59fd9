import type { Widen } from '../translation-type'

/** Entering an offer: paste, pay form, employer, checklist questions and red flags. */
export const en = { title: 'Offer' }

export const zhCN: Widen<typeof en> = { title: 'Offer' }
