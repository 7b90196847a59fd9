import { describe, expect, it } from 'vitest'
import { EVIDENCE_KINDS } from '../../../../renderer/domain/model/enums'
import { en } from '../../../../renderer/ui/i18n/en'
import { zhCN } from '../../../../renderer/ui/i18n/zh-CN'

// Trial 19 #6 (and trial 16 #1 elsewhere): the evidence cap's words on the Rules screen listed four
// kinds of evidence where the skill form offers five, and a course lifts the cap as the others do.
describe('the evidence cap on the Rules screen', () => {
  it('lists every kind of evidence the skill form offers, in both languages', () => {
    const listed = (text: string, open: string, close: string, separator: RegExp) =>
      text.slice(text.indexOf(open) + 1, text.indexOf(close)).split(separator)
    const { evidenceCapText: english } = en.rules.sections.scoring
    const { evidenceCapText: chinese } = zhCN.rules.sections.scoring
    expect(listed(english, '(', ')', /, /)).toHaveLength(EVIDENCE_KINDS.length)
    expect(listed(chinese, '（', '）', /、/)).toHaveLength(EVIDENCE_KINDS.length)
  })
})
