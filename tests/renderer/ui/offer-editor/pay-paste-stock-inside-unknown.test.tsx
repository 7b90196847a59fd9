// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * New-user trial 20: "总包 135 万（含股票）" was filled in as 1.35M of cash pay, the note that it
 * holds stock left behind in the form. The offer form refuses it, saying what to give instead.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function paste(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

describe('a pasted package that includes stock, with no part of it given', () => {
  it('is refused in the offer form, and nothing is read (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '总包 135 万（含股票）')
    expect(
      screen.getByText(
        '“含股票”：这个数额含股票，但没写股票占多少。潮位把现金和股票分开计算：请写明每年的股票部分（如“年包 100 万（含 20 万股票）”），或在下方填写现金薪资，在“股票”中填写股票。',
      ),
    ).toBeTruthy()
    expect(screen.queryByText(/^读取结果/)).toBeNull()
  })

  it('is refused in the offer form (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', 'package 1.35M incl. stock')
    expect(
      screen.getByText(
        '“incl. stock”: the figure includes stock, and the line does not say how much of it is stock. Tidemark counts cash and stock apart: say how much is stock a year (“年包 100 万（含 20 万股票）”), or enter the cash pay below and the stock under Stock.',
      ),
    ).toBeTruthy()
  })
})
