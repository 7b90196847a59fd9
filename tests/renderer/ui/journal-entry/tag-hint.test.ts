import { describe, expect, it } from 'vitest'
import { en } from '../../../../renderer/ui/i18n/messages/journalEntry'
import { zhCN } from '../../../../renderer/ui/i18n/messages/journalEntry.zh-CN'

// Review 23 L7: since 9dc7b8c leaving the tag box adds what is typed, but the hint still said
// only Enter or a comma does. Both languages name all three ways.
describe('the tag hint', () => {
  it('says Enter, a comma or leaving the field adds a tag', () => {
    expect(en.tags.hint).toMatch(/Enter, a comma or leaving the field adds a tag/)
    expect(zhCN.tags.hint).toMatch(/回车.*逗号.*离开输入框/)
  })
})
