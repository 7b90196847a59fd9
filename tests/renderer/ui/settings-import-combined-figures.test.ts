import { describe, expect, it } from 'vitest'
import type { CombinedRecords } from '../../../renderer/data/transfer/import'
import type { FigureNotes } from '../../../renderer/data/transfer/merge-figures'
import { createI18n } from '../../../renderer/ui/i18n/i18n'
import { importCombinedText } from '../../../renderer/ui/screens/settings/import-combined-text'

/**
 * A merge keeps an engine figure the user cleared after the file's was set (merge-figures.ts),
 * and the result says so, naming the figures, rather than nothing, or that they were filled.
 */

const figures = (notes: FigureNotes): CombinedRecords => ({
  engineSettings: {
    filledFromFile: [],
    ratesAdded: [],
    keptFromStored: [],
    ratesKept: [],
    figures: notes,
  },
})

describe('engine figures a merge kept cleared, or took by when they were set, in words', () => {
  it('names each figure and why (en)', async () => {
    const { t } = await createI18n('en')
    expect(
      importCombinedText(
        t,
        'en',
        figures({
          'removal-kept': ['socialInsurance.baseCapMonthly', 'exchangeRates.USD'],
          'newer-in-file': ['socialInsurance.housingFundPercent'],
        }),
      ),
    ).toEqual([
      'Tax and market settings: your contribution base cap and USD exchange rate stay cleared: you cleared them after the file’s were set, so the file’s were not taken.',
      'Tax and market settings: took the file’s housing fund rate: it was set there after yours was last set or cleared.',
    ])
    expect(
      importCombinedText(t, 'en', figures({ 'removal-taken': ['socialInsurance.pensionPercent'] })),
    ).toEqual([
      'Tax and market settings: cleared your pension rate, as the file did after yours was last set.',
    ])
  })

  it('says the same in Chinese', async () => {
    const { t } = await createI18n('zh-CN')
    const table = t('data.table.engineSettings')
    expect(
      importCombinedText(
        t,
        'zh-CN',
        figures({
          'removal-kept': ['socialInsurance.baseCapMonthly', 'exchangeRates.USD'],
          'newer-here': ['socialInsurance.housingFundPercent'],
        }),
      ),
    ).toEqual([
      `${table}：你的缴费基数上限和USD 汇率保持清除：你是在文件中的数值设置之后清除的，因此未采用文件中的。`,
      `${table}：保留了你的住房公积金比例：你是在文件中的数值上次设置或清除之后设置的。`,
    ])
  })
})
