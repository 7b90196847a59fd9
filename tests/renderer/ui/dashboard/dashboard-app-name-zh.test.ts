import { describe, expect, it } from 'vitest'
import { zhCN } from '../../../../renderer/ui/i18n/messages/dashboard.zh-CN'

/** Every string of a message tree, with its key path. */
function strings(tree: object, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${path}${key}`, value]]
      : typeof value === 'object' && value !== null
        ? strings(value as object, `${path}${key}.`)
        : [],
  )
}

/**
 * Trial 15: 「潮位的估计」 read literally, the app's name as a noun ("the tide level's
 * estimate"); 「空白的潮位中」, 「潮位关闭时」 the same. The dashboard's Chinese says 「本应用」
 * where it speaks of the app, as every file the dashboard owns does.
 */
describe('the dashboard’s Chinese names the app as 本应用, not as the noun 潮位', () => {
  it('has no 潮位 in a sentence', () => {
    expect(strings(zhCN).filter(([, text]) => text.includes('潮位'))).toEqual([])
  })

  it('says 本应用 where it speaks of the app', () => {
    expect(zhCN.start.intro).toMatch(/^本应用根据你自己的资料和技能/)
    expect(zhCN.backup.desktopNone).toBe('本应用关闭时会进行第一次自动备份。')
  })
})
