// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { readProfile, saveProfile } from '../../../../renderer/data/repositories/profile'
import type { Profile } from '../../../../renderer/domain/model/profile'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { ProfilePanel } from '../../../../renderer/ui/screens/skills/profile/ProfilePanel'
import {
  formValuesFrom,
  payFromParsed,
  profileFrom,
} from '../../../../renderer/ui/screens/skills/profile/profile-form-values'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/**
 * The profile's current pay takes stock (RSUs) as the offer form does: a grant over years on a
 * schedule, or a value a year. Without it a user paid partly in stock had the raise an offer
 * gives overstated, and what staying is worth understated.
 */
afterEach(cleanup)

const BASE: Profile = {
  education: 'master',
  phdInField: false,
  yearsOfExperience: 6,
  city: '北京',
  currentEmployer: 'big-tech',
  roleFamily: 'algorithm',
  stability: 'stable',
  leadership: { businessLine: true, team: false, openSource: false },
  currentPay: {
    currency: 'CNY',
    base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
    stock: {
      kind: 'grant',
      grantValue: { low: 600_000, high: 800_000 },
      schedule: [33.34, 33.33, 33.33],
    },
  },
}

async function renderPanel(language: UiLanguage, stored?: Profile) {
  const db = new TidemarkDatabase(`profile-stock-${crypto.randomUUID()}`)
  await db.open()
  if (stored) await saveProfile(db, stored)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <ProfilePanel onDraftChange={vi.fn()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await screen.findByRole('button', { name: language === 'en' ? 'Your profile' : '个人资料' })
  if (stored) {
    // A saved profile opens collapsed.
    await act(async () => {
      fireEvent.click(
        screen.getByRole('button', { name: language === 'en' ? 'Your profile' : '个人资料' }),
      )
      await Promise.resolve()
    })
  }
  return db
}

const input = (label: string) => screen.getByLabelText<HTMLInputElement>(label)

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(input(label), { target: { value } })
    await Promise.resolve()
  })
}

async function save(language: UiLanguage) {
  await act(async () => {
    fireEvent.click(
      screen.getByRole('button', { name: language === 'en' ? 'Save profile' : '保存资料' }),
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

/** The error text an input points at (aria-describedby), if it is marked invalid. */
function errorOf(element: HTMLElement): string | null {
  if (element.getAttribute('aria-invalid') !== 'true') return null
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ')
  return (
    ids
      .map((id) => document.getElementById(id))
      .filter((node) => node?.classList.contains('field-error'))
      .map((node) => node?.textContent ?? '')
      .join(' ') || null
  )
}

describe('stock in the profile’s current pay', () => {
  it('keeps a stored grant and its schedule through the form: saved, reopened, saved again', async () => {
    const values = formValuesFrom({ id: 'me', updatedAt: '2026-01-05T10:00:00.000Z', ...BASE })
    expect(values.currentPay?.stock).toEqual({
      kind: 'grant',
      grantValue: { low: '600000', high: '800000' },
      schedule: '33.34/33.33/33.33',
      perYear: { low: '', high: '' },
    })
    expect(profileFrom(values)?.currentPay).toEqual(BASE.currentPay)

    const db = await renderPanel('en', BASE)
    const before = await readProfile(db)
    expect(input('Stock (RSUs)').value).toBe('grant')
    expect(input('Grant value (total)').value).toBe('600000')
    expect(input('Percent vesting each year').value).toBe('33.34/33.33/33.33')
    expect((await screen.findByTestId('pay-counted')).textContent).toBe(
      'Counted: 750k a year in cash, 150k of it as year-end bonus, and 200k–267k a year in stock.',
    )
    await save('en')
    // Under load the save can outlast save()'s pause: wait for its word.
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe('Saved.')
    })
    const after = await readProfile(db)
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, updatedAt: '' })
  })

  it('keeps a stored value a year through the form', () => {
    const perYear: Profile = {
      ...BASE,
      currentPay: {
        currency: 'USD',
        base: { kind: 'annual', annual: { low: 210_000, high: 210_000 } },
        stock: { kind: 'per-year', perYear: { low: 100_000, high: 100_000 } },
      },
    }
    const values = formValuesFrom({ id: 'me', updatedAt: '2026-01-05T10:00:00.000Z', ...perYear })
    expect(profileFrom(values)?.currentPay).toEqual(perYear.currentPay)
  })

  it('fills the stock from a pasted line, as its value a year, and saves it (en)', async () => {
    const parsed = parsePay('月薪 3 万 × 14，RSU 20 万分 4 年')
    if (!parsed.ok) throw new Error('expected a reading')
    expect(payFromParsed(parsed.pay, undefined).stock).toMatchObject({
      kind: 'per-year',
      perYear: { low: '50000', high: '' },
    })

    const db = await renderPanel('en')
    await type('Where you work', 'big-tech')
    await type('Your role', 'algorithm')
    await type('Paste your pay as a recruiter would write it', '月薪 3 万 × 14，RSU 20 万分 4 年')
    expect(
      screen.getByText(
        'Read: 30k a month × 14 months, in CNY, stock of 50k a year (200k over 4 years).',
      ),
    ).toBeTruthy()
    expect(input('Stock (RSUs)').value).toBe('per-year')
    expect(input('Value a year').value).toBe('50000')
    expect((await screen.findByTestId('pay-counted')).textContent).toBe(
      'Counted: 420k a year in cash, 60k of it as year-end bonus, and 50k a year in stock.',
    )
    await save('en')
    expect((await readProfile(db))?.currentPay?.stock).toEqual({
      kind: 'per-year',
      perYear: { low: 50_000, high: 50_000 },
    })
  })

  it('fills the stock from a pasted line (zh-CN)', async () => {
    await renderPanel('zh-CN')
    await type('按猎头的写法粘贴你的薪资', '月薪 3 万，股票 每年 5 万')
    expect(screen.getByText('读取结果：月薪 3万 × 12 个月，币种 CNY，股票每年 5万。')).toBeTruthy()
    expect(input('股票（RSU）').value).toBe('per-year')
    expect(input('每年价值').value).toBe('50000')
  })

  it.each([
    [
      'en',
      'Percent vesting each year',
      'Enter the percent vesting each year, separated by “/” and adding up to 100 (25/25/25/25).',
    ],
    [
      'zh-CN',
      '每年归属的百分比',
      '请填写每年归属的百分比，用“/”分隔，合计 100（如 25/25/25/25）。',
    ],
  ] as const)(
    'refuses a schedule not adding up to 100, and stores nothing (%s)',
    async (language, label, message) => {
      const db = await renderPanel(language, BASE)
      const before = await readProfile(db)
      await type(label, '25/25/25')
      await save(language)
      expect(errorOf(input(label))).toBe(message)
      expect(screen.getByRole('status').textContent).toBe(
        language === 'en'
          ? 'Not saved: correct the fields marked in red.'
          : '没有保存：请修改标红的字段。',
      )
      expect(await readProfile(db)).toEqual(before)
    },
  )

  it.each([
    ['en', 'Value a year', 'Enter an amount.', 'Stock (RSUs)'],
    ['zh-CN', '每年价值', '请填写金额。', '股票（RSU）'],
  ] as const)(
    'refuses a value a year left empty, and stores nothing (%s)',
    async (language, label, message, stock) => {
      const db = await renderPanel(language, BASE)
      const before = await readProfile(db)
      await type(stock, 'per-year')
      await save(language)
      expect(errorOf(input(label))).toBe(message)
      expect(await readProfile(db)).toEqual(before)
    },
  )
})
