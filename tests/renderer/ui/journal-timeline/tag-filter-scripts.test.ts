import OpenCC from 'opencc-js/t2cn'
import { describe, expect, it } from 'vitest'
import {
  tagChoices,
  tagSpellings,
} from '../../../../renderer/ui/screens/journal/timeline/filter-options'

const fold = OpenCC.Converter({ from: 'tw', to: 'cn' })

/** Trial 22 #5: the tag filter offered 面试 and 面試 apart, each finding its own entries. */
describe('the tag filter', () => {
  it('offers a tag spelled in both scripts once, naming both spellings', () => {
    expect(tagChoices(['llm', '面試', '面试', '简历'], 'zh-CN', fold)).toEqual([
      { value: '简历', spellings: ['简历'] },
      { value: '面试', spellings: ['面试', '面試'] },
      { value: 'llm', spellings: ['llm'] },
    ])
  })

  it('asks for every spelling in use of the tag chosen, in either script', () => {
    expect(tagSpellings(['llm', '面試', '面试'], '面试', fold)).toEqual(['面試', '面试'])
    expect(tagSpellings(['llm', '面試'], '面试', fold)).toEqual(['面試'])
    expect(tagSpellings(['llm'], '面试', fold)).toEqual([])
  })
})
