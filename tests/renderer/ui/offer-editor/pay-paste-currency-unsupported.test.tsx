// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Review 23 M1: "年薪 20 万澳刀" read as US$200k ('刀' anywhere was USD). The parser now refuses a
 * currency the app does not hold (why 'currency'); the form says so by name, not "could not read".
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('a pasted pay in a currency the app does not hold', () => {
  it.each([
    [
      'en',
      'Paste the pay as the recruiter wrote it',
      'base 200k CAD',
      '“CAD”: Tidemark does not hold this currency, and does not read the figure in another. Convert the pay to one it holds (yuan, US, Hong Kong or Singapore dollars, euros, pounds, yen), or choose one below and fill in the fields.',
    ],
    [
      'zh-CN',
      '按猎头的写法粘贴薪资',
      '年薪 20 万澳刀',
      '“澳刀”：潮位不支持这种货币，也不会把数字当成别的货币来读。请把薪资换算成支持的货币（人民币、美元、港币、新加坡元、欧元、英镑、日元），或在下面选择货币并填写各项。',
    ],
  ] as const)('is refused by name (%s)', async (language, label, line, message) => {
    await renderPayForm(language, 'offer')
    await screen.findByRole('form')
    await act(async () => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: line } })
      await Promise.resolve()
    })
    expect(screen.getByText(message).className).toBe('field-error')
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBe('true')
  })
})
