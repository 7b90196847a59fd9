// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Read 30 #8: a bonus of 13 months or more ("年终奖 13 个月") was used silently. It is read as
 * written, with a note asking the user to check it (often the months a year said as a bonus).
 */
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const CASES = {
  en: {
    paste: 'Paste the pay as the recruiter wrote it',
    line: 'S$12,000/month + 13 months bonus',
    note: 'A bonus of 13 months or more is rare: check it. If the line gives the months paid a year (13 薪, 14 months), enter them as the months, with no bonus.',
  },
  'zh-CN': {
    paste: '按猎头的写法粘贴薪资',
    line: '月薪 3 万，年终奖 13 个月',
    note: '年终奖 13 个月及以上很少见，请核对。若指的是一年发几个月（13 薪、14 个月），请填在月数里，不填年终奖。',
  },
} as const

describe('a bonus of 13 months or more is questioned in the offer form', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(language, async () => {
      const c = CASES[language]
      await renderPayForm(language, 'offer')
      await screen.findByRole('form')
      await act(async () => {
        fireEvent.change(screen.getByLabelText(c.paste), { target: { value: c.line } })
        await Promise.resolve()
      })
      expect(screen.getByText(c.note)).toBeTruthy()
    })
  }
})
