// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * Review 23's doubt: "RSU 另谈", "股票另谈" (the stock is still to be negotiated) read the pay as
 * cash, with the note "Marked as cash: stock comes on top, if any.", which did not say the stock
 * is not counted. The note now says so, and that it counts once entered under Stock.
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

describe('stock still to be negotiated, in a pasted line', () => {
  it('says the stock is not counted until entered (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', 'base 50k x 16, RSU 另谈')
    expect(screen.getByText('Read: 50k a month × 16 months, in CNY.')).toBeTruthy()
    expect(
      screen.getByText(
        'The figure is cash, stock apart: only stock entered under Stock is counted. Stock still to be negotiated (另谈, 待定) is not counted until you enter it there.',
      ),
    ).toBeTruthy()
  })

  it('says so in Chinese', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '月薪 5 万 × 16，股票另谈')
    expect(screen.getByText('读取结果：月薪 5万 × 16 个月，币种 CNY。')).toBeTruthy()
    expect(
      screen.getByText(
        '这个数额是现金，股票另计：只计入“股票”中填写的股票。股票另谈或待定的，填写之前不计入。',
      ),
    ).toBeTruthy()
  })
})
