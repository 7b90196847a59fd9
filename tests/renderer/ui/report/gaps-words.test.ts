import { describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'

/**
 * The report's "what would raise your score" says what the dashboard's card says, in both
 * languages: at a score of 100, with nothing left, and its heading (the Chinese report had its
 * own wording of each: "已无可提升之处…最高等级" beside the card's "已经没有可提升的空间…最高级").
 */
describe.each<UiLanguage>(['en', 'zh-CN'])(
  'the report’s score tips, as the dashboard’s (%s)',
  (language) => {
    it('use the same words', async () => {
      const { t } = await createI18n(language)
      expect(t('report.document.gaps.heading')).toBe(t('dashboard.gaps.title'))
      expect(t('report.document.gaps.none')).toBe(t('dashboard.gaps.none'))
      expect(t('report.document.gaps.atTop')).toBe(t('dashboard.gaps.atTop'))
    })
  },
)
