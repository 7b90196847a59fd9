// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { readProfile } from '../../../../renderer/data/repositories/profile'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import {
  newOfferFields,
  payFilledBy,
} from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import { draftFromFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { offerFieldErrorText } from '../../../../renderer/ui/screens/offers/editor/field-error-text'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * "月薪 5 万 × 15 薪，年终奖 2-4 个月" (new-user trial): the most common way an offer letter
 * states a year-end bonus, a range of months. Both pay forms read it, show it ("2 – 4"), let
 * the user enter it, and store it as a range.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const LINE = '月薪 5 万 × 15 薪，年终奖 2-4 个月'

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

describe('a year-end bonus of a range of months, in the offer form', () => {
  it('reads the pasted range into both months inputs, and says it (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', LINE)
    expect(
      screen.getByText(
        'Read: 50k a month × 15 months, in CNY, a year-end bonus of 2 – 4 months’ base.',
      ),
    ).toBeTruthy()
    expect(value('Year-end bonus on top')).toBe('months')
    expect(value('Months of base')).toBe('2')
    expect(value('Months of base up to')).toBe('4')
    expect(screen.getByText('That is 2 – 4 months of base a year.')).toBeTruthy()
  })

  it('reads "年终 2 到 4 个月" in Chinese, and says a range typed by hand', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪 3 万；14 薪；年终 2 到 4 个月')
    expect(
      screen.getByText('读取结果：月薪 3万 × 14 个月，币种 CNY，年终奖 2 – 4 个月。'),
    ).toBeTruthy()
    expect(value('几个月月薪')).toBe('2')
    expect(value('几个月月薪 最高')).toBe('4')
    expect(screen.getByText('即每年 2 – 4 个月月薪。')).toBeTruthy()
    await type('几个月月薪 最高', '3.5')
    expect(screen.getByText('即每年 2 – 3.5 个月月薪。')).toBeTruthy()
  })

  it('stores the range, a single figure as before, and an empty "up to" as one figure', () => {
    const parsed = parsePay(LINE)
    if (!parsed.ok) throw new Error('expected a reading')
    const fields = newOfferFields()
    fields.pay = payFilledBy(parsed.pay, fields.pay)
    expect(draftFromFields(fields).pay.yearEndBonus).toEqual({
      kind: 'months',
      months: 2,
      monthsHigh: 4,
    })
    fields.pay.yearEndBonus.monthsHigh = ''
    expect(draftFromFields(fields).pay.yearEndBonus).toEqual({ kind: 'months', months: 2 })
    fields.pay.yearEndBonus.monthsHigh = '2'
    expect(draftFromFields(fields).pay.yearEndBonus).toEqual({ kind: 'months', months: 2 })
  })
})

describe('a year-end bonus of a range of months, in the profile', () => {
  it('reads the pasted range and saves it (zh-CN)', async () => {
    const db = await renderPayForm('zh-CN', 'profile')
    await screen.findByRole('button', { name: '个人资料' })
    await type('按猎头的写法粘贴你的薪资', LINE)
    expect(
      screen.getByText('读取结果：月薪 5万 × 15 个月，币种 CNY，年终奖 2 – 4 个月。'),
    ).toBeTruthy()
    expect(value('另有年终奖')).toBe('2')
    expect(value('年终奖最高')).toBe('4')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存资料' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect((await readProfile(db))?.currentPay).toEqual({
      currency: 'CNY',
      base: { kind: 'monthly', monthly: { low: 50_000, high: 50_000 }, months: 15 },
      yearEndBonus: { kind: 'months', months: 2, monthsHigh: 4 },
    })
  })

  it('says the range in English, and refuses an "up to" below the months', async () => {
    const db = await renderPayForm('en', 'profile')
    await screen.findByRole('button', { name: 'Your profile' })
    await type('Paste your pay as a recruiter would write it', LINE)
    expect(
      screen.getByText(
        'Read: 50k a month × 15 months, in CNY, a year-end bonus of 2 – 4 months’ base.',
      ),
    ).toBeTruthy()
    await type('Bonus up to', '1')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save profile' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(screen.getByText('This must not be fewer than the bonus months before it.')).toBeTruthy()
    expect(await readProfile(db)).toBeUndefined()
  })
})

describe('a bonus "up to" with its months left empty, in the profile', () => {
  /** The error an input points at (aria-describedby), if it is marked invalid. */
  function errorOf(label: string): string | null {
    const input = screen.getByLabelText(label)
    if (input.getAttribute('aria-invalid') !== 'true') return null
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ')
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
  }

  for (const [language, paste, months, upTo, save, said] of [
    [
      'en',
      'Paste your pay as a recruiter would write it',
      'Year-end bonus',
      'Bonus up to',
      'Save profile',
      'Enter 0 to 24 months.',
    ],
    [
      'zh-CN',
      '按猎头的写法粘贴你的薪资',
      '另有年终奖',
      '年终奖最高',
      '保存资料',
      '请输入 0 到 24 个月。',
    ],
  ] as const) {
    it(`is refused at the months, not saved without the bonus (${language})`, async () => {
      const db = await renderPayForm(language, 'profile')
      await screen.findByRole('button', { name: language === 'en' ? 'Your profile' : '个人资料' })
      await type(paste, '月薪 3 万 × 14')
      await type(upTo, '4')
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: save }))
        await new Promise((resolve) => setTimeout(resolve, 50))
      })
      expect(errorOf(months)).toContain(said)
      expect(errorOf(upTo)).toBeNull()
      expect(await readProfile(db)).toBeUndefined()
    })
  }
})

describe('an "up to" below the bonus months', () => {
  it('is refused in the profile in Chinese', async () => {
    const db = await renderPayForm('zh-CN', 'profile')
    await screen.findByRole('button', { name: '个人资料' })
    await type('按猎头的写法粘贴你的薪资', LINE)
    await type('年终奖最高', '1')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存资料' }))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    expect(screen.getByText('不能少于前面的年终奖月数。')).toBeTruthy()
    expect(await readProfile(db)).toBeUndefined()
  })

  it('is named at the offer form’s "up to", in both languages', async () => {
    const values: Record<string, string> = {
      'pay.yearEndBonus.months': '4',
      'pay.yearEndBonus.monthsHigh': '2',
    }
    const error = { type: 'custom', message: 'low must not exceed high' }
    const text = async (language: 'en' | 'zh-CN', high: string) => {
      values['pay.yearEndBonus.monthsHigh'] = high
      const i18n = await createI18n(language)
      return offerFieldErrorText(
        'pay.yearEndBonus.monthsHigh',
        error,
        i18n.t,
        (name) => values[name],
      )
    }
    expect(await text('en', '2')).toBe('This must not be fewer than the months before it.')
    expect(await text('zh-CN', '2')).toBe('不能少于前面的月数。')
    expect(await text('en', '30')).toBe('Enter 0 to 24 months.')
  })
})
