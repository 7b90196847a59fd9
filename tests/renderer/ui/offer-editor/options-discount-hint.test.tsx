// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Trial 19: the options' discount hint said "留空：未上市公司按潮位的 70%", which reads as "70% of
 * the tide level" (潮位 taken as a word, not the app). Both languages now name the figures as the
 * default discount, with the default ruleset's 70% (unlisted) and 20% (listed).
 */
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe("the options' discount hint names the default discount", () => {
  it.each([
    [
      'en',
      'Paste the pay as the recruiter wrote it',
      '$300k, 20,000 options, strike $0.5',
      'Empty: the default discount, 70% for an unlisted company, 20% for a listed one.',
    ],
    [
      'zh-CN',
      '按猎头的写法粘贴薪资',
      '月薪4万，期权2万股 行权价1美元',
      '留空：按默认折扣计，未上市公司 70%，上市公司 20%。',
    ],
  ] as const)('%s', async (language, paste, line, hint) => {
    await renderPayForm(language, 'offer')
    await screen.findByRole('form')
    await act(async () => {
      fireEvent.change(screen.getByLabelText(paste), { target: { value: line } })
      await Promise.resolve()
    })
    expect(screen.getByText(hint)).toBeTruthy()
    expect(document.body.textContent).not.toContain('按潮位的')
  })
})
