import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { setZodLocale } from '../../../renderer/ui/i18n/zod-locale'

afterEach(() => {
  setZodLocale('en')
})

describe('field errors in the interface language', () => {
  const title = z.string().max(3)
  const message = () => title.safeParse('too long').error?.issues[0]?.message ?? ''

  it('reads zod messages in Chinese for a Chinese interface and back', () => {
    setZodLocale('zh-CN')
    expect(message()).toMatch(/[\u4e00-\u9fff]/)
    setZodLocale('en')
    expect(message()).toMatch(/^Too big/)
  })
})
