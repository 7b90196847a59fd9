import { describe, expect, it } from 'vitest'
import { en } from '../../../../renderer/ui/i18n/messages/journalEntry'
import { zhCN } from '../../../../renderer/ui/i18n/messages/journalEntry.zh-CN'

// Session 23's walk: the title's example read '字节 二面 推理加速 量化', words apart like search
// terms, where the English is a title ('ByteDance second round: inference acceleration').
describe('the entry title’s example', () => {
  it('reads as a Chinese title: no space between Chinese words, a colon as in English', () => {
    expect(zhCN.titlePlaceholder).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u)
    expect(en.titlePlaceholder).toContain(': ')
    expect(zhCN.titlePlaceholder).toContain('：')
  })
})
