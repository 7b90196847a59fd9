import { describe, expect, it } from 'vitest'
import { JOURNAL_KINDS } from '../../../../renderer/domain/model/enums'
import { KIND_NAMES, kindText } from '../../../../renderer/data/search/kind-names'
import { en } from '../../../../renderer/ui/i18n/en'
import { zhCN } from '../../../../renderer/ui/i18n/zh-CN'

describe('the kinds’ names the search indexes', () => {
  it('are the names the journal screens show, in English and in Chinese, for every kind', () => {
    for (const kind of JOURNAL_KINDS) {
      expect(KIND_NAMES[kind], kind).toEqual({
        en: en.journal.kind[kind],
        zhCN: zhCN.journal.kind[kind],
      })
    }
    expect(Object.keys(KIND_NAMES).sort()).toEqual([...JOURNAL_KINDS].sort())
  })

  it('are indexed once when both languages say the same', () => {
    expect(kindText('interview')).toBe('Interview 面试')
    expect(kindText('offer')).toBe('Offer')
  })
})
