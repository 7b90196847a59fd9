import type { Widen } from '../translation-type'

/** The start-up error screen's way back: restoring a backup or an export file. */
export const en = {
  restore: {
    heading: 'Restore',
  },
}

export const zhCN: Widen<typeof en> = {
  restore: {
    heading: '恢复',
  },
}
