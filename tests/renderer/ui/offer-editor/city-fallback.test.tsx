// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { saveEngineSettings } from '../../../../renderer/data/repositories/engine-settings'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * New-user trial: a city with no preset (武汉) is taxed with Beijing's social insurance, said
 * only in small print. Where the city is typed, it is now said as a notice: whose figures,
 * which, and where to set one's own.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const renderIn = renderPayForm

async function typeCity(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

describe('a city without social-insurance figures', () => {
  it('offer form (en): a notice names Beijing’s figures and Tax assumptions', async () => {
    await renderIn('en', 'offer')
    await screen.findByRole('form')
    await typeCity('City', '武汉')
    const note = document.querySelector('.city-no-match')
    expect(note?.textContent).toBe(
      'If the job is taxed outside mainland China, untick “Taxed in mainland China” below. Tidemark has no social-insurance figures for this city (it has Beijing, Shanghai, Shenzhen, Hangzhou, Chengdu): the after-tax pay uses Beijing’s 2025 figures instead, a base of 7,162–35,811 yuan a month and a 12% housing fund. To use your city’s own, set its base and housing-fund rate under Offers › Tax assumptions (below the comparison).',
    )
  })

  it('offer form (zh-CN)', async () => {
    await renderIn('zh-CN', 'offer')
    await screen.findByRole('form')
    await typeCity('城市', '武汉')
    expect(document.querySelector('.city-no-match')?.textContent).toBe(
      '如果这份工作不在中国内地纳税，请取消勾选下方的“在中国内地缴纳个税”。潮位没有这个城市的社保数据（已有：北京、上海、深圳、杭州、成都）：税后收入改按北京 2025 年的标准计算，缴费基数每月 7,162–35,811 元，公积金 12%。要按你所在城市计算，请在“Offer › 税务假设”（对比表下方）填写当地的缴费基数和公积金比例。',
    )
  })

  it('profile (zh-CN): the same notice, after the hub-city line', async () => {
    await renderIn('zh-CN', 'profile')
    await screen.findByRole('button', { name: '个人资料' })
    await typeCity('城市', '武汉')
    expect(document.querySelector('.city-no-match')?.textContent).toMatch(
      /^不是人才集中的城市（北京、上海、深圳、杭州）：不加城市分。潮位也没有这个城市的社保数据，个税改按北京 2025 年的标准计算，缴费基数每月 7,162–35,811 元，公积金 12%。/,
    )
  })
})

/**
 * Figures the user set under Offers › Tax assumptions replace the city's for every offer
 * (social-insurance.ts). The notice said "With the figures you set there." after a sentence that
 * named no place, and still told the user to go and set them.
 */
describe('with social-insurance figures of one’s own', () => {
  async function renderWithOwnFigures(language: 'en' | 'zh-CN') {
    const db = await renderIn(language, 'offer')
    await screen.findByRole('form')
    await act(async () => {
      await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 7 } })
    })
  }

  it('offer form (en), a city without figures: says the user’s own apply to every offer', async () => {
    await renderWithOwnFigures('en')
    await typeCity('City', '武汉')
    await waitFor(() => {
      expect(document.querySelector('.city-no-match')?.textContent).toBe(
        'If the job is taxed outside mainland China, untick “Taxed in mainland China” below. Tidemark has no social-insurance figures for this city (it has Beijing, Shanghai, Shenzhen, Hangzhou, Chengdu): the after-tax pay uses Beijing’s 2025 figures instead, a base of 7,162–35,811 yuan a month and a 12% housing fund. The figures you set yourself under Offers › Tax assumptions apply to every offer, in place of these.',
      )
    })
  })

  it('offer form (zh-CN), a city with figures', async () => {
    await renderWithOwnFigures('zh-CN')
    await typeCity('城市', '上海')
    await waitFor(() => {
      expect(document.querySelector('.city-match')?.textContent).toBe(
        '识别为上海（Shanghai）：个税按当地社保标准计算。你在“Offer › 税务假设”中自己填写的数字适用于所有 offer，代替这里的对应数字。',
      )
    })
  })
})

/**
 * Review 28 P6: a city Tidemark does not know may be abroad (San Francisco). How to say so
 * ("untick Taxed in mainland China", trial 21 #6) was dropped when the user had set figures of
 * their own or chosen one city's for every job.
 */
describe('a city it does not know, whatever figures the tax uses', () => {
  const untick = {
    en: 'If the job is taxed outside mainland China, untick “Taxed in mainland China” below.',
    'zh-CN': '如果这份工作不在中国内地纳税，请取消勾选下方的“在中国内地缴纳个税”。',
  } as const
  const city = { en: 'City', 'zh-CN': '城市' } as const

  for (const language of ['en', 'zh-CN'] as const) {
    it(`says how to mark a job abroad with figures of one's own, ${language}`, async () => {
      const db = await renderIn(language, 'offer')
      await screen.findByRole('form')
      await act(async () => {
        await saveEngineSettings(db, { socialInsurance: { housingFundPercent: 7 } })
      })
      await typeCity(city[language], 'San Francisco')
      await waitFor(() => {
        expect(document.querySelector('.city-no-match')?.textContent).toContain(untick[language])
      })
    })

    it(`says it with one city chosen for every job, ${language}`, async () => {
      const db = await renderIn(language, 'offer')
      await screen.findByRole('form')
      await act(async () => {
        await saveEngineSettings(db, { socialInsurance: { cityPreset: 'shanghai' } })
      })
      await typeCity(city[language], 'San Francisco')
      await waitFor(() => {
        expect(document.querySelector('.city-no-match')?.textContent).toContain(untick[language])
      })
      // A city it knows is no job abroad: not said.
      await typeCity(city[language], '上海')
      await waitFor(() => {
        expect(document.querySelector('.city-match')?.textContent).not.toContain(untick[language])
      })
    })
  }
})

/** Pay taxed elsewhere takes no city's figures: the notice said which it used (trial 16, M5). */
describe('an offer not taxed in mainland China', () => {
  for (const [language, words] of [
    [
      'en',
      {
        taxed: 'Taxed in mainland China',
        city: 'City',
        notice: 'Not taxed in mainland China: no city’s tax figures are used for this offer.',
      },
    ],
    [
      'zh-CN',
      {
        taxed: '在中国内地缴纳个税',
        city: '城市',
        notice: '不在中国内地缴纳个税：这份 offer 不使用任何城市的个税和社保数字。',
      },
    ],
  ] as const) {
    it(`says no city's figures are used, ${language}`, async () => {
      await renderIn(language, 'offer')
      await screen.findByRole('form')
      await act(async () => {
        fireEvent.click(screen.getByLabelText(words.taxed))
        await Promise.resolve()
      })
      await typeCity(words.city, 'San Francisco')
      await waitFor(() => {
        expect(document.querySelector('.city-no-match')?.textContent).toBe(words.notice)
      })
    })
  }
})
