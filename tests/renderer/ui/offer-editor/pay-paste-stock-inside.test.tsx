// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * A total package (年包, 总包) may hold stock, and a line may say its figure does: the parser now
 * says which (stockInside, 87a82a5), and both pay forms tell the user, so stock is neither
 * forgotten nor entered twice (new-user trial 17: "总包 120 万" was counted as cash, nothing said).
 * A line that says it includes stock of no stated value is refused by the offer form since
 * ac6df42 (pay-paste-stock-inside-unknown.test.tsx).
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

async function paste(label: string, line: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value: line } })
    await Promise.resolve()
  })
}

it('the offer form says a total package may hold stock (en)', async () => {
  await renderPayForm('en', 'offer')
  await screen.findByRole('form')
  await paste('Paste the pay as the recruiter wrote it', '总包 120 万')
  expect(
    screen.getByText(
      'A total package (年包, 总包, total comp) often includes stock: the figure is counted as it is. If part of it is stock, enter the pay without it and the stock under Stock.',
    ),
  ).toBeTruthy()
})

it('the profile says so too', async () => {
  await renderPayForm('en', 'profile')
  await screen.findByLabelText('Paste your pay as a recruiter would write it')
  await paste('Paste your pay as a recruiter would write it', '年包 80 万')
  expect(
    screen.getByText(/^A total package \(年包, 总包, total comp\) often includes stock/),
  ).toBeTruthy()
})
