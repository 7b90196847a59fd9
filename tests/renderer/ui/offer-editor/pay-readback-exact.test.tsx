// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * The readback of a pasted line said "月薪 6.8万" for 67,500: three figures, as the tables round,
 * which reads as 68,000 where the user is checking what they typed. It is exact to the yuan.
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

describe('the pay readback is exact to the yuan', () => {
  it('in Chinese: 67,500 is 6.75万', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '月薪 67500 × 16')
    expect(screen.getByText('读取结果：月薪 6.75万 × 16 个月，币种 CNY。')).toBeTruthy()
  })

  it('in English: 67,512 is 67.512k, a round figure stays short', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', 'base 67512 × 16')
    expect(screen.getByText('Read: 67.512k a month × 16 months, in CNY.')).toBeTruthy()
    await paste('Paste the pay as the recruiter wrote it', 'base 30000 × 16')
    expect(screen.getByText('Read: 30k a month × 16 months, in CNY.')).toBeTruthy()
  })
})
