// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { LabelledField } from '../../../../renderer/ui/form/LabelledField'

afterEach(cleanup)

describe('LabelledField', () => {
  it('ties the label, the descriptions in reading order and the error to the control', () => {
    render(
      <>
        <p id="shared">Shared hint</p>
        <LabelledField
          id="city"
          label="City"
          hint="Where you work"
          error="Name a city."
          describedBefore={['city-match', false]}
          describedById="shared"
        >
          {(control) => (
            <>
              <input {...control} />
              <p id="city-match">Read as Beijing</p>
            </>
          )}
        </LabelledField>
      </>,
    )
    const input = screen.getByLabelText('City')
    expect(input.getAttribute('aria-describedby')).toBe('city-match city-hint shared city-error')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('city-hint')?.textContent).toBe('Where you work')
    expect(document.getElementById('city-error')?.textContent).toBe('Name a city.')
    expect(document.getElementById('city-error')?.className).toBe('field-error')
  })

  it('points at nothing and is not invalid while it has no hint and no error', () => {
    render(<LabelledField label="Rate">{(control) => <input {...control} />}</LabelledField>)
    const input = screen.getByLabelText('Rate')
    expect(input.id).not.toBe('')
    expect(input.hasAttribute('aria-describedby')).toBe(false)
    expect(input.hasAttribute('aria-invalid')).toBe(false)
    expect(document.querySelector('.field-error')).toBeNull()
  })

  it('keeps an empty hint line for a hint still to come (null)', () => {
    render(
      <LabelledField id="domain" label="Domain" hint={null}>
        {(control) => <select {...control} />}
      </LabelledField>,
    )
    expect(screen.getByLabelText('Domain').getAttribute('aria-describedby')).toBe('domain-hint')
    expect(document.getElementById('domain-hint')?.textContent).toBe('')
  })
})
