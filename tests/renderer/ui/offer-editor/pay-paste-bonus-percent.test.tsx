// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * parser26: "年终奖 20%" is read as 20% of the yearly base, held as months (2.4). The offer form's
 * reading says both, so the user can check the months against the share the recruiter wrote;
 * a total that disagrees with month × months and a share the parser cannot place say so by name.
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

describe('the offer form’s reading of a bonus in percent', () => {
  it('names the share and the months (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '月薪 4 万 × 12，年终奖 20%')
    expect(screen.getByText(/年终奖为全年底薪的 20%，即 2\.4 个月/)).toBeTruthy()
  })

  it('names a range of shares (en), and a total that disagrees', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    const label = 'Paste the pay as the recruiter wrote it'
    await paste(label, '月薪 4 万 × 12，年终奖 10%-30%')
    expect(screen.getByText(/a year-end bonus of 10%–30% of the yearly base/)).toBeTruthy()
    await paste(label, '6万×16=90万')
    expect(
      screen.getByText(
        /the month’s pay times the months and the total the line gives do not agree/,
      ),
    ).toBeTruthy()
  })
})
