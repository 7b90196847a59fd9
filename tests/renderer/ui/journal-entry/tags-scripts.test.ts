import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import { tagSuggestions } from '../../../../renderer/ui/screens/journal/entry/TagsInput'
import { spellTags } from '../../../../renderer/ui/screens/journal/entry/tag-spelling'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** Trial 22 #5: 面试 and 面試 were two tags. */
describe('a tag typed in the other script of Chinese', () => {
  it('is completed by the spelling in use', () => {
    expect(tagSuggestions(['面试', 'RAG'], [], '面試', fold)).toEqual(['面试'])
    expect(tagSuggestions(['面試'], [], '面', fold)).toEqual(['面試'])
  })

  it('is offered once when both spellings are in use, in the script typed', () => {
    expect(tagSuggestions(['面試', '面试'], [], '面试', fold)).toEqual(['面试'])
    expect(tagSuggestions(['面试', '面試'], [], '面試', fold)).toEqual(['面試'])
  })

  it('is not offered when the entry has it in the other script', () => {
    expect(tagSuggestions(['面试'], ['面試'], '面', fold)).toEqual([])
  })

  it('is added as the spelling in use, once', () => {
    expect(spellTags(['面試'], [], ['面试'], fold)).toEqual(['面试'])
    expect(spellTags(['面試', '面试'], [], [], fold)).toEqual(['面試'])
    expect(spellTags(['面试'], ['面試'], [], fold)).toEqual([])
  })

  it('keeps a spelling already in use as typed: it splits nothing', () => {
    expect(spellTags(['面试'], [], ['面試', '面试'], fold)).toEqual(['面试'])
    // Case and width still take the spelling in use.
    expect(spellTags(['rag'], [], ['RAG'], fold)).toEqual(['RAG'])
  })
})
