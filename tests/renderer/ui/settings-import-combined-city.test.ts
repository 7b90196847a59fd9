import { describe, expect, it } from 'vitest'
import type { CombinedRecords } from '../../../renderer/data/transfer/import'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { importCombinedText } from '../../../renderer/ui/screens/settings/import-combined-text'

/**
 * Review 19, finding 16: a merge whose two profiles name different cities takes the social
 * insurance figures whole from the copy whose city stands, and the result says which, and why.
 */

const record = (kept: 'stored' | 'file'): CombinedRecords => ({
  engineSettings: {
    filledFromFile: [],
    ratesAdded: kept === 'stored' ? ['USD'] : [],
    keptFromStored: [],
    ratesKept: [],
    socialInsuranceCity: { kept, storedCity: '北京', fileCity: '深圳' },
  },
})

describe('the social insurance figures of another city, in words', () => {
  it('says yours were kept, or the file’s taken with its city (en)', async () => {
    const { t } = await createI18n('en')
    expect(importCombinedText(t, 'en', record('stored'))).toEqual([
      'Tax and market settings: kept this computer’s (newer), and took from the file what it left empty: the USD exchange rate.',
      'Tax and market settings: kept your social insurance figures, set for 北京; the file’s are for 深圳 (its profile’s city), so none of them were taken.',
    ])
    expect(importCombinedText(t, 'en', record('file'))).toEqual([
      'Tax and market settings: took the file’s social insurance figures, set for 深圳: its profile is newer, so 深圳 is now your city; yours were for 北京.',
    ])
  })

  it('says the same in Chinese', async () => {
    const { t } = await createI18n('zh-CN')
    const table = t('data.table.engineSettings')
    expect(importCombinedText(t, 'zh-CN', record('stored'))[1]).toBe(
      `${table}：保留了你按北京设置的社保公积金数值；文件中的是按深圳（其个人资料的城市）设置的，一项也未采用。`,
    )
    expect(importCombinedText(t, 'zh-CN', record('file'))).toEqual([
      `${table}：采用了文件中按深圳设置的社保公积金数值：文件的个人资料较新，你的城市现为深圳；你原来的是按北京设置的。`,
    ])
  })
})
