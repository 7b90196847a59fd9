import type { Widen } from '../translation-type'

/** Skills editor: add, edit and remove skills; domains, levels, evidence. */
export const en = { title: 'Skills' }

export const zhCN: Widen<typeof en> = { title: '技能' }
