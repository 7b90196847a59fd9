// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import {
  NumberField,
  SelectField,
} from '../../../../renderer/ui/screens/skills/profile/form-fields'
import type { ProfileFormValues } from '../../../../renderer/ui/screens/skills/profile/profile-form-values'

afterEach(cleanup)

let form: UseFormReturn<ProfileFormValues> | undefined

function Form({ years }: { years: number }) {
  const methods = useForm<ProfileFormValues>({
    defaultValues: { yearsOfExperience: years, education: 'master' },
  })
  form = methods
  return (
    <FormProvider {...methods}>
      <NumberField name="yearsOfExperience" label="Years" min={0} />
      <SelectField
        name="education"
        label="Degree"
        options={['bachelor', 'master'] as const}
        optionLabel={(value) => value}
        hint="The highest one."
      />
    </FormProvider>
  )
}

const stored = () => form?.getValues('yearsOfExperience')

describe('the profile’s number field (the shared input, storing numbers)', () => {
  it('stores 12 for "12", and undefined for an empty or half-typed box, as before', () => {
    render(<Form years={3} />)
    const input = screen.getByRole('spinbutton', { name: 'Years' })
    expect(input).toHaveProperty('value', '3')
    act(() => {
      fireEvent.input(input, { target: { value: '12' } })
    })
    expect(stored()).toBe(12)
    act(() => {
      fireEvent.input(input, { target: { value: '' } })
    })
    expect(stored()).toBeUndefined()
    act(() => {
      fireEvent.input(input, { target: { value: '2.5' } })
    })
    expect(stored()).toBe(2.5)
  })

  it('keeps the select’s hint beneath it and its chosen value in the form', () => {
    render(<Form years={3} />)
    const select = screen.getByRole('combobox', { name: 'Degree' })
    expect(select).toHaveProperty('value', 'master')
    expect(screen.getByText('The highest one.').id).toBe(
      select.getAttribute('aria-describedby')?.split(' ').at(-1),
    )
    act(() => {
      fireEvent.change(select, { target: { value: 'bachelor' } })
    })
    expect(form?.getValues('education')).toBe('bachelor')
  })
})
