import { describe, expect, it, vi } from 'vitest'
import { en } from '../../../renderer/ui/i18n/en'
import { createI18n, resolveUiLanguage } from '../../../renderer/ui/i18n/i18n'
import { zhCN } from '../../../renderer/ui/i18n/zh-CN'

/** Settles after many promise turns but no timer (fake timers stop setTimeout, not this). */
function afterPromiseTurns(resolve: (value: unknown) => void, turns = 50): void {
  if (turns === 0) resolve(undefined)
  else
    queueMicrotask(() => {
      afterPromiseTurns(resolve, turns - 1)
    })
}

function leafKeys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? leafKeys(child as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  )
}

describe('resolveUiLanguage', () => {
  it('follows the first system language it has, any Chinese tag giving Simplified Chinese', () => {
    expect(resolveUiLanguage('system', ['zh-CN', 'en-US'])).toBe('zh-CN')
    expect(resolveUiLanguage('system', ['zh-Hans-CN'])).toBe('zh-CN')
    expect(resolveUiLanguage('system', ['zh-TW'])).toBe('zh-CN')
    expect(resolveUiLanguage('system', ['de-DE', 'en-GB', 'zh-CN'])).toBe('en')
    expect(resolveUiLanguage('system', ['fr-FR'])).toBe('en')
    expect(resolveUiLanguage('system', [])).toBe('en')
  })

  it('lets the user override the system', () => {
    expect(resolveUiLanguage('en', ['zh-CN'])).toBe('en')
    expect(resolveUiLanguage('zh-CN', ['en-US'])).toBe('zh-CN')
  })
})

describe('translations', () => {
  it('has every English key in Chinese, each with text', () => {
    expect(leafKeys(zhCN).sort()).toEqual(leafKeys(en).sort())
    for (const key of leafKeys(zhCN)) {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zhCN)
      expect(text, key).not.toBe('')
    }
  })

  it('loads only the language in use; the other is loaded at a switch, before it shows', async () => {
    // Each language's strings are a chunk of their own: a start parses only its own.
    const i18n = await createI18n('zh-CN')
    expect(i18n.hasResourceBundle('zh-CN', 'translation')).toBe(true)
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false)
    expect(i18n.t('nav.journal')).toBe('日志')
    await i18n.changeLanguage('en')
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true)
    expect(i18n.t('nav.journal')).toBe('Journal')
  })

  it('is ready without waiting for a timer once its strings are loaded (the first render waits for it)', async () => {
    await createI18n('en') // the strings' module, loaded as main.tsx loads it beside the start
    vi.useFakeTimers()
    try {
      // With fake timers no timer ever fires: an init that put its load behind one never ends.
      const ready = await Promise.race([
        createI18n('en').then((i18n) => i18n.t('nav.journal')),
        new Promise((resolve) => {
          afterPromiseTurns(resolve)
        }).then(() => 'still waiting'),
      ])
      expect(ready).toBe('Journal')
    } finally {
      vi.useRealTimers()
    }
  })

  it('interpolates in both languages', async () => {
    const i18n = await createI18n('zh-CN')
    expect(i18n.t('nav.shortcut', { keys: 'Alt+1' })).toBe('快捷键：Alt+1')
    await i18n.changeLanguage('en')
    expect(i18n.t('nav.shortcut', { keys: 'Alt+1' })).toBe('Shortcut: Alt+1')
  })
})
