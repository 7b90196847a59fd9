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
