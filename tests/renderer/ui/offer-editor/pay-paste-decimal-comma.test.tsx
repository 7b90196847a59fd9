// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/** Review 21 L12: "12,5k" was refused as two figures, "12 / 5k"; it asks for a point. */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

describe('a pasted figure with a decimal comma', () => {
  it.each([
    [
      'en',
      'Paste the pay as the recruiter wrote it',
      '月薪 12,5k × 15',
      '“12,5k”: write the decimal with a point, “12.5k”. A comma is read only between thousands, as in 12,500.',
    ],
    [
      'zh-CN',
      '按猎头的写法粘贴薪资',
      '月薪 12,5万 × 15',
      '“12,5万”：小数请用小数点，写作“12.5万”。逗号只用作千位分隔，如 12,500。',
    ],
  ] as const)('is refused, asking for a point (%s)', async (language, label, line, message) => {
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
