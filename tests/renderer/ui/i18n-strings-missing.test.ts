import { describe, expect, it, vi } from 'vitest'
import { en } from '../../../renderer/ui/i18n/en'
import { createI18n, createI18nOr, switchLanguage } from '../../../renderer/ui/i18n/i18n'

// The Chinese strings' chunk cannot be loaded (damaged or missing on disk).
vi.mock('../../../renderer/ui/i18n/zh-CN', () => {
  throw new Error('the zh-CN chunk failed to load')
})

describe('a language whose strings cannot load', () => {
  it('starts in the system language instead, not in the database failure screen', async () => {
    const i18n = await createI18nOr('zh-CN', 'en')
    expect(i18n.language).toBe('en')
    expect(i18n.t('nav.dashboard')).toBe(en.nav.dashboard)
    await expect(createI18nOr('zh-CN', 'zh-CN')).rejects.toThrow()
  })

  it('is not switched to: the interface stays readable, not a screen of keys', async () => {
    const i18n = await createI18n('en')
    expect(await switchLanguage(i18n, 'zh-CN')).toBe(false)
    expect(i18n.language).toBe('en')
    expect(i18n.t('nav.dashboard')).toBe(en.nav.dashboard)
  })
})
