import { describe, expect, it } from 'vitest'
import { zhCN } from '../../../renderer/ui/i18n/zh-CN'

function leafStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) =>
    leafStrings(child, path === '' ? key : `${path}.${key}`),
  )
}

const strings = leafStrings(zhCN)

describe('the Chinese interface’s own words', () => {
  it('are read from every screen’s strings', () => {
    expect(strings.length).toBeGreaterThan(1000)
  })

  // Review 21: 「」 in a few strings beside “” in all others. The article's lines keep their
  // 「」 (they are quoted as written, in Traditional Chinese), but they come from the ruleset.
  it('quote with “”, not 「」', () => {
    expect(strings.filter(([, text]) => /[「」]/.test(text))).toEqual([])
  })

  // Review 22: "这 1元 要多缴 2,310元 个税": an amount carries 元 and is not set apart from the
  // Chinese after it by a space.
  it('put no space between an amount’s 元 and the Chinese after it', () => {
    const amountThenSpace = /\{\{(?:extra|tax)\}\} (?=[\u4e00-\u9fff])/
    expect(strings.filter(([, text]) => amountThenSpace.test(text))).toEqual([])
  })

  // Trial 19 #12 and editor25: 「按潮位的 70%」 and 「潮位计入的数字」 read 潮位 as the word (the
  // tide's level), not the app's name: a figure is not said to be 潮位's.
  it('do not make a figure 潮位’s, which reads as the tide’s level', () => {
    expect(strings.filter(([, text]) => /按潮位|潮位计入/.test(text))).toEqual([])
  })

  // Review 22 L11: Settings called the profile 个人档案 where every other screen says 个人资料.
  it('call the profile 个人资料 everywhere', () => {
    expect(strings.filter(([, text]) => text.includes('个人档案'))).toEqual([])
  })

  // Trial 19 #11: 「全部 Offer」 and 「你的 Offer」 beside 「待定 offer」. The borrowed word is
  // written lowercase, as a noun; Offer only as the screen's name (“Offer”, “Offer › 税务假设”)
  // or a label's first word.
  it('write offer lowercase but for the screen’s name and a label’s first word', () => {
    const capitalInside = /(?<!^|“)Offer(?! ›)/
    expect(strings.filter(([, text]) => capitalInside.test(text))).toEqual([])
  })
})
