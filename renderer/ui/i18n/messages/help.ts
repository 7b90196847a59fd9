import type { Widen } from '../translation-type'

/** The keyboard help overlay (?). */
export const en = { title: 'Keyboard shortcuts' }

export const zhCN: Widen<typeof en> = { title: '键盘快捷键' }
