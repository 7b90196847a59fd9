import { describe, expect, it } from 'vitest'
import { JOURNAL_KINDS } from '../../../renderer/domain/model/enums'
import { en } from '../../../renderer/ui/i18n/en'
import { zhCN } from '../../../renderer/ui/i18n/zh-CN'

/**
 * The journal's intro names the kinds of entry as the kind picker does (new-user trial: it said
 * 「面试、offer 和反思」 while the kinds are 投递 and 复盘).
 */
describe('the journal intro', () => {
  it('names every kind of entry, in the words of the kind picker', () => {
    for (const kind of JOURNAL_KINDS) {
      // Case aside: the picker's label is 「Offer」, the sentence's noun 「offer」 (i18n-zh-quotes).
      expect(zhCN.sections.journal.intro.toLowerCase()).toContain(
        zhCN.journal.kind[kind].toLowerCase(),
      )
      expect(en.sections.journal.intro.toLowerCase()).toContain(en.journal.kind[kind].toLowerCase())
    }
  })
})
