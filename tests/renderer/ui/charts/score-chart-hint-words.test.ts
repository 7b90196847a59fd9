import { describe, expect, it } from 'vitest'
import { PAGE_STEP, stepsFor } from '../../../../renderer/ui/charts/ScoreTrendChart'
import { en } from '../../../../renderer/ui/i18n/messages/dashboard'
import { zhCN } from '../../../../renderer/ui/i18n/messages/dashboard.zh-CN'

// The score chart's hint said 'Page Up and Page Down: ten days on or back' and '向后、向前十天':
// which key goes which way was left to guess (向后 reads as later or as backwards). Page Up moves
// ten days later, Page Down ten days earlier (stepsFor); the hint says so key by key.
describe('the score chart’s key hint', () => {
  it('moves Page Up to a later day and Page Down to an earlier one', () => {
    expect(PAGE_STEP).toBe(10)
    expect(stepsFor('PageUp', 10, 30)).toBe(10)
    expect(stepsFor('PageDown', 10, 30)).toBe(-10)
  })

  it('says which way each key goes, in English and Chinese', () => {
    expect(en.trendChart.keyboard).toContain('Page Up: ten days later; Page Down: ten days earlier')
    expect(zhCN.trendChart.keyboard).toContain('Page Up 跳到十天后，Page Down 跳到十天前')
  })
})
