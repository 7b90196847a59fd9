// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useForm } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import type { City } from '../../../../renderer/domain/ruleset/city-schema'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { CityField, cityList, cityName } from '../../../../renderer/ui/form/CityField'

afterEach(cleanup)

// Two forms of different shapes: the field is generic over the form's values.
interface OfferLike {
  title: string
  city: string
}
interface ProfileLike {
  years: number
  city?: string | undefined
}

let lastValues: unknown

function OfferLikeForm({ error }: { error?: string }) {
  const { control, watch } = useForm<OfferLike>({ defaultValues: { title: 'x', city: '' } })
  lastValues = watch()
  return (
    <CityField
      control={control}
      name="city"
      cities={DEFAULT_RULESET.cities}
      label="City"
      hint="Where the job is."
      placeholder="e.g. 北京"
      error={error}
      describeMatch={(match: City | null) =>
        match ? `Reads as ${cityName(match, 'en')}` : 'No figures for that city'
      }
    />
  )
}

function ProfileLikeForm() {
  const { control } = useForm<ProfileLike>({ defaultValues: { years: 3, city: '上海' } })
  return (
    <CityField
      control={control}
      name="city"
      cities={DEFAULT_RULESET.cities}
      label="城市"
      hint="你工作的城市。"
      placeholder="如：北京"
      error={undefined}
      describeMatch={(match) => (match ? `识别为${cityName(match, 'zh-CN')}` : '没有这个城市')}
    />
  )
}

async function change(input: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(input, { target: { value } })
    await Promise.resolve()
  })
}

describe('CityField', () => {
  it('writes what is typed into the form and says which city it reads as, tied to the input', async () => {
    render(<OfferLikeForm />)
    const input = screen.getByLabelText('City')
    const hintId = `${input.id}-hint`
    // Empty: no line about a match, only the hint.
    expect(input.getAttribute('aria-describedby')).toBe(hintId)
    expect(input.getAttribute('placeholder')).toBe('e.g. 北京')

    await change(input, 'Beijing, China')
    expect(lastValues).toEqual({ title: 'x', city: 'Beijing, China' })
    const line = screen.getByText('Reads as Beijing (北京)')
    expect(line.className).toBe('city-match')
    expect(input.getAttribute('aria-describedby')).toBe(`${line.id} ${hintId}`)

    // No match is a notice, not a hint: the tax then rests on another city's figures.
    await change(input, 'Atlantis')
    expect(screen.getByText('No figures for that city').className).toBe('city-no-match')

    // Every city is offered in both languages.
    const options = [...document.querySelectorAll(`#${CSS.escape(`${input.id}-cities`)} option`)]
    expect(options.map((option) => option.getAttribute('value'))).toEqual(
      expect.arrayContaining(['北京', 'Beijing', '上海', 'Shanghai']),
    )
    expect(input.getAttribute('list')).toBe(`${input.id}-cities`)
  })

  it('starts from the form’s value, and shows the error it is given', () => {
    render(<ProfileLikeForm />)
    const input = screen.getByLabelText<HTMLInputElement>('城市')
    expect(input.value).toBe('上海')
    expect(screen.getByText('识别为上海（Shanghai）')).toBeTruthy()
    expect(input.hasAttribute('aria-invalid')).toBe(false)
    cleanup()

    render(<OfferLikeForm error="Name a city." />)
    const offerInput = screen.getByLabelText('City')
    expect(offerInput.getAttribute('aria-invalid')).toBe('true')
    expect(offerInput.getAttribute('aria-describedby')).toBe(
      `${offerInput.id}-hint ${offerInput.id}-error`,
    )
    expect(screen.getByText('Name a city.').className).toBe('field-error')
  })

  it('lists cities by their short names in the interface’s language', () => {
    const [beijing, shanghai] = DEFAULT_RULESET.cities.filter((city) =>
      ['Beijing', 'Shanghai'].includes(city.nameEn),
    )
    if (!beijing || !shanghai) throw new Error('the default ruleset has Beijing and Shanghai')
    expect(cityList([beijing, shanghai], 'zh-CN')).toBe('北京、上海')
    expect(cityList([beijing, shanghai], 'en')).toBe('Beijing, Shanghai')
  })
})
