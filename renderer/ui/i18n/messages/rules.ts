import type { Widen } from '../translation-type'

/** The Rules screen: the ruleset as read, overrides, reset, overrides files. */
export const en = { title: 'Rules' }

export const zhCN: Widen<typeof en> = { title: '规则' }
