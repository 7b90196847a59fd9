// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * A sign-on said to be inside the figure ("总包 120w（含签字费 10w）") is refused (c544f8d), but it
 * had the words for any line with several figures, which do not say what to do with it
 * (docs/user-trial.md). It names the clause, and says to paste the pay without the sign-on and
 * enter the sign-on in its own field.
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

describe('a sign-on inside the figure is named, with what to enter where', () => {
  it('in Chinese', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '总包 120w（含签字费 10w）')
    expect(
      screen.getByText(
        '“含签字费 10w”：签字费含在这个数里，潮位不猜去掉它后的薪资。请粘贴不含签字费的薪资（每年都发的部分），再把签字费填在“签字费”中。',
      ),
    ).toBeTruthy()
    expect(screen.queryByText(/有不止一个数字/)).toBeNull()
  })

  it('in English', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', 'package 1.2M incl. sign-on 100k')
    expect(
      screen.getByText(
        '“incl. sign-on 100k”: the sign-on is said to be part of this figure, and Tidemark does not guess the pay without it. Paste the pay without the sign-on (what is paid every year), and enter the sign-on under Sign-on bonus.',
      ),
    ).toBeTruthy()
    expect(screen.queryByText(/More than one figure/)).toBeNull()
  })

  it('two figures with no sign-on keep the general words', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await paste('Paste the pay as the recruiter wrote it', 'package 950k, bonus 3 months')
    expect(screen.getByText(/^More than one figure/)).toBeTruthy()
  })
})
