import { act, fireEvent } from '@testing-library/react'

/**
 * happy-dom never sets a date input's validity.badInput (it has no date segments to type in):
 * this makes `input` report what Chromium reports for 02/30/2026 or a half-typed date, then
 * sends what Chromium sends (an input event with '' if the box held a date, and the blur). The
 * real browser is driven in tests/e2e/dates26-impossible-date.spec.ts.
 */
export async function typeImpossibleDate(input: HTMLInputElement): Promise<void> {
  Object.defineProperty(input, 'validity', {
    configurable: true,
    get: () => ({ badInput: true, valid: false }),
  })
  await act(async () => {
    fireEvent.change(input, { target: { value: '' } })
    fireEvent.blur(input)
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
}

/** Undoes typeImpossibleDate: the box reads as Chromium's does again, and gets `value`. */
export async function typeDate(input: HTMLInputElement, value: string): Promise<void> {
  Reflect.deleteProperty(input, 'validity')
  await act(async () => {
    fireEvent.change(input, { target: { value } })
    fireEvent.blur(input)
    await new Promise((resolve) => setTimeout(resolve, 20))
  })
}
