// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { namesPlaceOutsideMainland } from '../../../../renderer/ui/screens/offers/editor/OfferCityField'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { renderPayForm } from '../../../helpers/pay-forms'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial 23 L5: a job in 香港 or Singapore started with "Taxed in mainland China" ticked; the
 * city's note only said to untick it. A city typed or pasted outside mainland China now unticks
 * it, unless the user set the box; a saved offer opens as it was saved.
 */
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const WORDS = {
  en: {
    city: 'City',
    taxed: 'Taxed in mainland China',
    unticked:
      'Outside mainland China: “Taxed in mainland China” below is unticked, so no city’s tax figures are used. Tick it if the pay is taxed in the mainland.',
  },
  'zh-CN': {
    city: '城市',
    taxed: '在中国内地缴纳个税',
    unticked:
      '不在中国内地：已取消勾选下方的“在中国内地缴纳个税”，不使用任何城市的个税和社保数字。如果这份工作在中国内地纳税，请重新勾选。',
  },
} as const satisfies Record<UiLanguage, unknown>

async function typeCity(language: UiLanguage, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(WORDS[language].city), { target: { value } })
    await Promise.resolve()
  })
}

const box = (language: UiLanguage) => screen.getByLabelText<HTMLInputElement>(WORDS[language].taxed)

describe('namesPlaceOutsideMainland', () => {
  it.each([
    '香港',
    'Hong Kong',
    'Hong Kong SAR',
    '中国香港',
    '香港九龙',
    'Kowloon, Hong Kong',
    'HK',
    '澳门',
    'Macau',
    '台北市',
    'Taipei City',
    '台湾新竹',
    'Singapore',
    '新加坡',
  ])('%s: outside', (text) => {
    expect(namesPlaceOutsideMainland(text)).toBe(true)
  })

  it.each(['北京', '上海市', '深圳', '武汉', '新乡', 'Beijing, China', 'Shanghai', ''])(
    '%s: not',
    (text) => {
      expect(namesPlaceOutsideMainland(text)).toBe(false)
    },
  )
})

describe('a new offer in a city outside mainland China', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`unticks the box and says so, ticks it again for a mainland city, ${language}`, async () => {
      await renderPayForm(language, 'offer')
      await screen.findByRole('form')
      expect(box(language).checked).toBe(true)
      await typeCity(language, language === 'en' ? 'Hong Kong' : '香港')
      await waitFor(() => {
        expect(box(language).checked).toBe(false)
      })
      expect(document.querySelector('.city-no-match')?.textContent).toBe(WORDS[language].unticked)
      await typeCity(language, '新加坡')
      expect(box(language).checked).toBe(false)
      await typeCity(language, '北京')
      await waitFor(() => {
        expect(box(language).checked).toBe(true)
      })
    })

    it(`never flips a box the user set, ${language}`, async () => {
      await renderPayForm(language, 'offer')
      await screen.findByRole('form')
      // Unticked and ticked again by hand: the user says the pay is taxed in the mainland.
      await act(async () => {
        fireEvent.click(box(language))
        fireEvent.click(box(language))
        await Promise.resolve()
      })
      await typeCity(language, 'Singapore')
      expect(box(language).checked).toBe(true)
      await typeCity(language, '澳门')
      expect(box(language).checked).toBe(true)
    })
  }
})

function OfferHarness({ offerId }: { offerId: string }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const live = useAssessment(useMemo(() => ({ offer: draft }), [draft]))
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

describe('a saved offer', () => {
  it('opens as saved, and a box that differs from its city’s default is not flipped', async () => {
    const db = new TidemarkDatabase(`pay33-city-${crypto.randomUUID()}`)
    await db.open()
    // Saved before the rule: a Hong Kong job with the box ticked.
    const stored = await saveOffer(db, {
      company: 'HSBC',
      role: '',
      employerKind: 'big-tech-new-llm-team',
      funding: 'funded',
      city: '香港',
      taxedInChina: true,
      pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 12 } },
      notes: '',
    })
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={testServices(db, detectPlatform({}), ['en'])}>
          <OfferHarness offerId={stored.id} />
        </ServicesProvider>
      </I18nextProvider>,
    )
    await waitFor(() => {
      expect(screen.getByLabelText<HTMLInputElement>(WORDS.en.city).value).toBe('香港')
    })
    expect(box('en').checked).toBe(true)
    await typeCity('en', 'Singapore')
    expect(box('en').checked).toBe(true)
  })
})
