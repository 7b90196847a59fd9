import { describe, expect, it } from 'vitest'
import { parsePay, type PayParseResult } from '../../../renderer/domain/pay/parse-pay'

/**
 * Review 17 of the pay line: words beside the figure that are no part of it (a raise, a start
 * date, "不含股票"), and the total package.
 */
const refused = (code: string, fragment: string) => ({
  ok: false,
  error: expect.objectContaining({ code, fragment }) as unknown,
})

/**
 * As the offer form reads a pasted line (pay-line.ts): an unreadable part is set aside where the
 * parser says it starts, and the rest read again. Returns the last reading and the parts set aside.
 */
function readSettingAside(line: string): { result: PayParseResult; aside: string[] } {
  const aside: string[] = []
  let rest = line.normalize('NFKC')
  for (;;) {
    const result = parsePay(rest)
    if (result.ok || result.error.code !== 'unreadable' || aside.length >= 4) {
      return { result, aside }
    }
    const { fragment, at } = result.error
    aside.push(fragment)
    rest = `${rest.slice(0, at)} ${rest.slice(at + fragment.length)}`
  }
}

describe('a period word said of a raise is not the base’s', () => {
  it.each([
    ['30k，每年涨薪', '每年涨薪'],
    ['30k 每年 调薪', '每年 调薪'],
    ['30k, annual raise', 'annual raise'],
    ['30k, raise per year', 'raise per year'],
    ['月薪 3 万，14 薪，每年调薪', '每年调薪'],
  ])('%s names "%s" whole', (line, fragment) => {
    expect(parsePay(line)).toEqual(expect.objectContaining(refused('unreadable', fragment)))
  })

  it.each(['30k，每年涨薪', '30k, annual raise'])(
    'set aside, %s leaves a bare 30k, read as a month’s as "30k" is',
    (line) => {
      const { result, aside } = readSettingAside(line)
      expect(aside).toHaveLength(1)
      expect(result).toEqual(parsePay('30k'))
      expect(result).toMatchObject({ ok: true, pay: { kind: 'monthly', months: 12 } })
    },
  )

  it('still reads the months a bare period word is said of', () => {
    expect(parsePay('30k，每年 14 薪')).toMatchObject({
      ok: true,
      pay: { kind: 'monthly', months: 14 },
    })
  })
})
