import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'

/**
 * "已保存的规则中有 2 条与文章不同" stood above fields each saying "潮位的默认值为 0.4": both
 * values were Tidemark's assumptions, not the article's (new-user trial 32 #6). The count of
 * saved changes, and the other lines that counted from the article, now say the defaults
 * (the article's figure, or Tidemark's assumption where it gives none).
 */
const CASES = [
  {
    language: 'en',
    two: 'Saved rules: 2 differ from their defaults.',
    one: 'Saved rules: 1 differs from its default.',
    article: /article/,
  },
  {
    language: 'zh-CN',
    two: '已保存的规则中有 2 条与默认值不同。',
    one: '已保存的规则中有 1 条与默认值不同。',
    article: /文章/,
  },
] as const

describe('the count of saved changes', () => {
  for (const c of CASES) {
    it(`counts from the defaults, not the article, ${c.language}`, async () => {
      const i18n = await createI18n(c.language)
      expect(i18n.t('rules.changes', { count: 2 })).toBe(c.two)
      expect(i18n.t('rules.changes', { count: 1 })).toBe(c.one)
      const counted = [
        i18n.t('rules.file.nothing'),
        i18n.t('rules.file.importedNone', { fileName: 'f.json', count: 1 }),
        i18n.t('rules.file.importedNone', { fileName: 'f.json', count: 2 }),
      ]
      for (const line of counted) expect(line).not.toMatch(c.article)
    })
  }
})
