// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * New-user trial 11: "税后月薪 4 万" was read as 40k a month before tax, with "税后" set aside as
 * unread; every figure then taxed an after-tax pay again. It is refused, saying why.
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

describe('a pasted pay said to be after tax', () => {
  it('is refused in the offer form, and nothing is filled (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await paste('按猎头的写法粘贴薪资', '税后月薪 4 万')
    expect(
      screen.getByText('“税后”：这是税后数字。潮位根据税前薪资计算税后收入：请粘贴税前的薪资。'),
    ).toBeTruthy()
    expect(screen.queryByText(/^读取结果/)).toBeNull()
  })

  it('is refused in the profile (en)', async () => {
    await renderPayForm('en', 'profile')
    await screen.findByLabelText('Paste your pay as a recruiter would write it')
    await paste('Paste your pay as a recruiter would write it', '30k x 14 after tax')
    expect(
      screen.getByText(
        '“after tax”: this figure is after tax. Tidemark works out the after-tax pay from the pre-tax one: paste the pay before tax (税前).',
      ),
    ).toBeTruthy()
  })
})

/**
 * Review 21 M3: an after-tax figure beside the pre-tax pay is set aside, and was listed in red
 * as unread, "enter that part in the fields below", the box marked invalid. Nothing is missing:
 * the pre-tax pay was read, and the engine computes the pay after tax. A neutral note says so.
 */
describe('an after-tax figure beside the pre-tax pay', () => {
  it.each([
    [
      'zh-CN',
      '按猎头的写法粘贴薪资',
      '“到手约3万”是税后收入，这里不用：潮位按税前薪资计算，到手多少由它算出。',
      /^读取结果/,
      /未能读取/,
    ],
    [
      'en',
      'Paste the pay as the recruiter wrote it',
      '“到手约3万” is pay after tax, so it is left out: Tidemark works from the pre-tax pay and computes what you take home.',
      /^Read: /,
      /Not read/,
    ],
  ] as const)('is a note, not an error (%s)', async (language, label, note, read, notRead) => {
    await renderPayForm(language, 'offer')
    await screen.findByRole('form')
    await paste(label, '月薪税前4万×15，到手约3万')
    expect(screen.getByText(read)).toBeTruthy()
    const said = screen.getByText(note)
    expect(said.className).toBe('hint')
    expect(screen.queryByText(notRead)).toBeNull()
    expect(screen.getByLabelText(label).getAttribute('aria-invalid')).toBeNull()
  })
})
