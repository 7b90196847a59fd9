// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { AmountRange } from '../../../../renderer/ui/form/AmountRange'
import { amountFrom, rangeFrom, type RangeFields } from '../../../../renderer/ui/form/stock-fields'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'

afterEach(cleanup)

describe('amountFrom: an amount input’s text in yuan', () => {
  it('reads plain numbers and the units the paste box reads (trial 14: "100k" was 100 yuan)', () => {
    expect(amountFrom('100000')).toBe(100_000)
    expect(amountFrom('100,000')).toBe(100_000)
    expect(amountFrom('100k')).toBe(100_000)
    expect(amountFrom('100K')).toBe(100_000)
    expect(amountFrom('10万')).toBe(100_000)
    expect(amountFrom('10 万元')).toBe(100_000)
    expect(amountFrom('1.5w')).toBe(15_000)
    expect(amountFrom('1.2M')).toBe(1_200_000)
    expect(amountFrom('１００ｋ')).toBe(100_000)
    // A share price in decimals stays what it is.
    expect(amountFrom('12.5')).toBe(12.5)
  })

  it('leaves an empty input absent and refuses what it cannot read (NaN, refused by name)', () => {
    expect(amountFrom('')).toBeUndefined()
    expect(amountFrom('  ')).toBeUndefined()
    expect(amountFrom('abc')).toBeNaN()
    expect(amountFrom('k')).toBeNaN()
    // A range belongs in the two inputs, not in one.
    expect(amountFrom('3-4万')).toBeNaN()
    expect(amountFrom('-5')).toBeNaN()
  })

  it('reads a comma only between thousands: "12,5" is refused, not 125 (review 21 L12)', () => {
    expect(amountFrom('1,234,567')).toBe(1_234_567)
    expect(amountFrom('12,500.5')).toBe(12_500.5)
    expect(amountFrom('1,000万')).toBe(10_000_000)
    for (const slip of ['12,5', '1,5', '1,2345', ',5', '12,']) expect(amountFrom(slip)).toBeNaN()
  })

  it('makes a range of the two inputs, an empty "up to" the figure itself', () => {
    expect(rangeFrom({ low: '10万', high: '' })).toEqual({ low: 100_000, high: 100_000 })
    expect(rangeFrom({ low: '60k', high: '80k' })).toEqual({ low: 60_000, high: 80_000 })
  })
})

let form: UseFormReturn<{ signOn: RangeFields }> | undefined

function Form() {
  const methods = useForm<{ signOn: RangeFields }>({
    defaultValues: { signOn: { low: '', high: '' } },
  })
  form = methods
  return (
    <FormProvider {...methods}>
      <AmountRange<{ signOn: RangeFields }>
        name="signOn"
        words={{ messages: 'offerEditor', errorText: () => '' }}
        label="Sign-on bonus"
        currency="CNY"
      />
    </FormProvider>
  )
}

async function renderIn(language: UiLanguage) {
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <Form />
    </I18nextProvider>,
  )
}

describe.each([
  ['en', 'Sign-on bonus', 'That is 100k.'],
  ['zh-CN', 'Sign-on bonus', '即 10万。'],
] as const)('AmountRange (%s)', (language, label, reading) => {
  it('keeps "100k" as typed and says the amount it reads', async () => {
    await renderIn(language)
    const input = screen.getByLabelText<HTMLInputElement>(label)
    act(() => {
      fireEvent.input(input, { target: { value: '100k' } })
    })
    // A number input would have kept "100" (Chromium drops the k as it is typed).
    expect(input.value).toBe('100k')
    expect(input.type).toBe('text')
    expect(document.querySelector('.amount-range-reading')?.textContent).toBe(reading)
    expect(rangeFrom(form?.getValues('signOn') ?? { low: '', high: '' })).toEqual({
      low: 100_000,
      high: 100_000,
    })
  })
})
