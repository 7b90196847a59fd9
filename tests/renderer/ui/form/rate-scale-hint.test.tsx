// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { detectPlatform } from '../../../../renderer/platform'
import { ExchangeRateField } from '../../../../renderer/ui/form/ExchangeRateField'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

/**
 * Read 30: the refusal asked "a bank's rate for 100 USD?" of a rate too small (0.01 for USD),
 * where no rate per 100 could be meant: the question is asked only of a rate about 100 times
 * too large, typed or stored.
 */
describe('the rate refusal’s "rate for 100" question', () => {
  async function renderUsd(
    language: UiLanguage,
    rate: number | undefined,
    messages: 'profile' | 'offerEditor',
  ) {
    const db = new TidemarkDatabase(`rate-hint-${crypto.randomUUID()}`)
    await db.open()
    render(
      <I18nextProvider i18n={await createI18n(language)}>
        <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
          <ExchangeRateField currency="USD" rate={rate} warningId="no-rate" messages={messages} />
        </ServicesProvider>
      </I18nextProvider>,
    )
  }
  async function refuse(language: UiLanguage, typed: string, messages: 'profile' | 'offerEditor') {
    await renderUsd(language, undefined, messages)
    const input = screen.getByRole('spinbutton')
    fireEvent.change(input, { target: { value: typed } })
    fireEvent.keyDown(input, { key: 'Enter' })
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    return screen.getByRole('alert').textContent
  }

  it.each(['offerEditor', 'profile'] as const)(
    'is not asked of a rate too small (%s)',
    async (messages) => {
      expect(await refuse('en', '0.01', messages)).toBe(
        '1 USD is about 7.2 yuan; 0.01 is far from that. Enter the yuan that 1 USD buys.',
      )
      cleanup()
      expect(await refuse('zh-CN', '0.14', messages)).toBe(
        '1 USD 约合 7.2 元，0.14 与此相差太远。请填写 1 USD 合多少元。',
      )
    },
  )

  it('nor of one 1,000 times too large', async () => {
    expect(await refuse('en', '7200', 'offerEditor')).not.toContain('rate for 100')
  })

  it('is asked of one about 100 times too large', async () => {
    expect(await refuse('en', '720', 'offerEditor')).toBe(
      '1 USD is about 7.2 yuan; 720 is far from that (a bank’s rate for 100 USD?). Enter the yuan that 1 USD buys.',
    )
  })

  it('is not asked of a stored rate too small', async () => {
    await renderUsd('en', 0.014, 'profile')
    const stored = document.querySelector('.rate-field-wrong')?.textContent ?? ''
    expect(stored).toContain('0.014 is far from that.')
    expect(stored).not.toContain('rate for 100')
  })
})
