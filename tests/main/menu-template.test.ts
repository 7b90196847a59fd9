import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, menuLanguageFor } from '../../main/menu-template'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

describe('application menu', () => {
  it('follows the system language', () => {
    expect(menuLanguageFor('zh-CN')).toBe('zh-CN')
    expect(menuLanguageFor('zh-TW')).toBe('zh-CN')
    expect(menuLanguageFor('en-GB')).toBe('en')
    expect(menuLanguageFor('de')).toBe('en')
  })

  it.each(['linux', 'win32', 'darwin'] as const)(
    'labels every item in both languages on %s',
    (platform) => {
      const zh = flatten(buildMenuTemplate('zh-CN', platform)).filter(
        (item) => item.type !== 'separator',
      )
      const en = flatten(buildMenuTemplate('en', platform)).filter(
        (item) => item.type !== 'separator',
      )
      expect(zh.length).toBe(en.length)
      for (const item of zh) expect(item.label).toMatch(/[\u4e00-\u9fff]|^Tidemark$/)
      for (const item of en) expect(item.label).toMatch(/^[A-Za-z ]+$/)
    },
  )

  it('uses standard roles with the usual shortcuts, and offers no reload or developer tools', () => {
    const items = flatten(buildMenuTemplate('en', 'linux'))
    const byRole = new Map(
      items.filter((item) => item.role).map((item) => [item.role, item.accelerator]),
    )
    expect(byRole.get('copy')).toBe('CmdOrCtrl+C')
    expect(byRole.get('paste')).toBe('CmdOrCtrl+V')
    expect(byRole.get('undo')).toBe('CmdOrCtrl+Z')
    expect(byRole.get('quit')).toBe('CmdOrCtrl+Q')
    expect([...byRole.keys()]).not.toContain('reload')
    expect([...byRole.keys()]).not.toContain('toggleDevTools')
  })
})
