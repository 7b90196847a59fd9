// @vitest-environment happy-dom
import type { Resolver, ResolverOptions } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { DATE_NOT_COMPLETE, withDateInputCheck } from '../../../../renderer/ui/form/date-input'
import { isDateNotComplete } from '../../../../renderer/ui/form/date-validity'

// Nineteenth trial: 02/30/2026 typed into a date input gave the value '' as an empty box does,
// so the form said "choose a date" (or, for an optional date, saved none). Only
// validity.badInput tells them apart; happy-dom never sets it, so it is stubbed here.

function dateInput(value = '', badInput = false): HTMLInputElement {
  const input = document.createElement('input')
  input.type = 'date'
  input.value = value
  document.body.append(input)
  if (badInput) {
    Object.defineProperty(input, 'validity', { get: () => ({ badInput: true, valid: false }) })
  }
  return input
}

afterEach(() => {
  document.body.replaceChildren()
})

describe('isDateNotComplete', () => {
  it('is true for a date input holding an incomplete or impossible date', () => {
    expect(isDateNotComplete(dateInput('', true))).toBe(true)
  })

  it('is false for an empty or whole date, another kind of input, or none', () => {
    expect(isDateNotComplete(dateInput(''))).toBe(false)
    expect(isDateNotComplete(dateInput('2026-02-28'))).toBe(false)
    const text = document.createElement('input')
    Object.defineProperty(text, 'validity', { get: () => ({ badInput: true }) })
    document.body.append(text)
    expect(isDateNotComplete(text)).toBe(false)
    expect(isDateNotComplete(undefined)).toBe(false)
  })

  it('is false for an input no longer on the page (it cannot hold up a save)', () => {
    const input = dateInput('', true)
    input.remove()
    expect(isDateNotComplete(input)).toBe(false)
  })
})

describe('withDateInputCheck', () => {
  type Fields = { title: string; target: { from: string } }
  const values: Fields = { title: 'Ship', target: { from: '' } }
  const valid: Resolver<Fields> = () => ({ values, errors: {} })
  const emptyRefused: Resolver<Fields> = () => ({
    values: {},
    errors: { target: { from: { type: 'too_small', message: 'required' } } },
  })
  /** What react-hook-form hands a resolver: the inputs checked, nested by name, each its element. */
  function options(ref: HTMLInputElement): ResolverOptions<Fields> {
    const fields = {
      title: { name: 'title', ref: document.createElement('input') },
      target: { from: { name: 'target.from', ref } },
    }
    return {
      names: ['title', 'target.from'],
      fields: fields as unknown as ResolverOptions<Fields>['fields'],
      shouldUseNativeValidation: undefined,
    }
  }

  it('refuses a date input holding no whole date, which the schema took as empty', async () => {
    const result = await withDateInputCheck(valid)(values, undefined, options(dateInput('', true)))
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({
      target: { from: { type: 'badInput', message: DATE_NOT_COMPLETE } },
    })
  })

  it('says that instead of the schema’s "required"', async () => {
    const result = await withDateInputCheck(emptyRefused)(
      values,
      undefined,
      options(dateInput('', true)),
    )
    expect(result.errors).toEqual({
      target: { from: { type: 'badInput', message: DATE_NOT_COMPLETE } },
    })
  })

  it('leaves an empty date to the schema: valid if optional, its own error if required', async () => {
    expect(await withDateInputCheck(valid)(values, undefined, options(dateInput()))).toEqual({
      values,
      errors: {},
    })
    const required = await withDateInputCheck(emptyRefused)(values, undefined, options(dateInput()))
    expect(required.errors).toEqual({
      target: { from: { type: 'too_small', message: 'required' } },
    })
  })
})
