import { describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { lineList } from '../../../../renderer/ui/citation/line-list'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { citationText } from '../../../../renderer/ui/report/citation-text'

/** Trial 15: 「原文第 12、11 行」 for the in-field move's citation, which quotes L12 first. */
describe('the article’s lines, as a citation names them', () => {
  it('lists them in the article’s order, in both languages', () => {
    expect(lineList([12, 11], 'zh-CN')).toBe('11、12')
    expect(lineList([12, 11], 'en')).toBe('L11, L12')
    expect(lineList([25], 'en')).toBe('L25')
  })

  it('names them so in the report too', async () => {
    const citation = DEFAULT_RULESET.modifiers.inFieldTransition.citation
    expect(citation.source === 'article' && citation.lines).toEqual([12, 11])
    const i18n = await createI18n('zh-CN')
    expect(citationText(citation, i18n.t, 'zh-CN').source).toContain('11、12')
  })
})
