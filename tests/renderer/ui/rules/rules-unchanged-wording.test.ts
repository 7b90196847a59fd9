import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'

/**
 * With no rule changed, the Rules screen's line (rules.changes, count 0) said "Every rule is the
 * article's." above rules it marks as Tidemark's assumptions (new-user trial): it now says both.
 */
describe('the Rules screen with no rule changed', () => {
  it('names the assumptions beside the article, in English', async () => {
    const i18n = await createI18n('en')
    const line = i18n.t('rules.changes', { count: 0 })
    expect(line).toMatch(/article’s/)
    expect(line).toMatch(/assumption/)
    expect(line).not.toMatch(/^Every rule is the article’s/)
  })

  it('names the assumptions beside the article, in Chinese', async () => {
    const i18n = await createI18n('zh-CN')
    const line = i18n.t('rules.changes', { count: 0 })
    expect(line).toMatch(/文章/)
    expect(line).toMatch(/假设/)
  })
})

/**
 * "全部恢复为文章默认值" (new-user trial 11): a default is the article's figure or, where it
 * gives none, Tidemark's assumption, and "文章默认值" is no phrase a reader says.
 */
describe('resetting every rule', () => {
  it.each(['en', 'zh-CN'] as const)(
    'says a default, not the article’s alone (%s)',
    async (language) => {
      const i18n = await createI18n(language)
      const words = (['button', 'confirm', 'done'] as const).map((key) =>
        i18n.t(`rules.resetAll.${key}`),
      )
      words.push(i18n.t('rules.stored.reset'))
      for (const said of words) {
        expect(said).not.toMatch(/article’s default|article’s…|文章默认值|文章的默认值/)
      }
      expect(i18n.t('rules.resetAll.confirm')).toMatch(language === 'en' ? /assumption/ : /假设/)
      expect(i18n.t('rules.resetAll.button')).toBe(
        language === 'en' ? 'Reset every rule to its default…' : '将所有规则恢复默认…',
      )
    },
  )
})
