// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { newOfferFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-fields'
import { draftFromFields } from '../../../../renderer/ui/screens/offers/editor/offer-form-schema'
import { payFilledByLine } from '../../../../renderer/ui/screens/offers/editor/pay-line'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * New user: "月薪 2.5w-3w，14 薪，RSU 20 万分 4 年" was refused whole. The offer form now reads
 * the stock as its value a year (the grant ÷ its years), says so, fills the stock inputs, and
 * names stock it cannot value instead of setting it aside.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const LINE = '月薪 2.5w-3w，14 薪，RSU 20 万分 4 年'

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value

describe('stock in a pasted pay line, in the offer form', () => {
  it('reads a grant over years as its value a year, and says it (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', LINE)
    expect(
      screen.getByText(
        'Read: 25k–30k a month × 14 months, in CNY, stock of 50k a year (200k over 4 years).',
      ),
    ).toBeTruthy()
    expect(value('Stock')).toBe('per-year')
    expect(value('Value a year')).toBe('50000')
    expect(
      screen.getByText(
        'Stock is counted at its value a year, a grant spread evenly over its years. If it vests otherwise, enter the grant and its schedule under Stock.',
      ),
    ).toBeTruthy()
  })

  it('reads a value a year in Chinese', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪 3 万，股票 每年 5 万')
    expect(screen.getByText('读取结果：月薪 3万 × 12 个月，币种 CNY，股票每年 5万。')).toBeTruthy()
    expect(value('每年价值')).toBe('50000')
  })

  it('names a cliff, and fills nothing (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', '月薪 3 万，RSU 20 万分 4 年，1 年 cliff')
    expect(
      screen.getByText(
        '“1 年 cliff”是 cliff（等待期）：它决定股票何时开始归属，潮位不从一行文字里猜。请在“股票”中填写授予总额和归属安排，粘贴时去掉股票部分。',
      ),
    ).toBeTruthy()
    expect(value('股票')).toBe('none')
  })

  it('names an uneven schedule (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', '30k × 14, RSU 200k, 10/20/30/40')
    expect(
      screen.getByText(
        '“10/20/30/40”: Tidemark reads stock from a line only as a grant vesting evenly over the years it gives, and this is not one. Enter the grant and its schedule (10/20/30/40…) under Stock, and paste the line without the stock.',
      ),
    ).toBeTruthy()
  })

  it('in the profile, fills its stock inputs too, and says how it is counted (en, zh-CN)', async () => {
    await renderPayForm('en', 'profile')
    await screen.findByLabelText('Paste your pay as a recruiter would write it')
    await type('Paste your pay as a recruiter would write it', LINE)
    expect(
      screen.getByText(
        'Read: 25k–30k a month × 14 months, in CNY, stock of 50k a year (200k over 4 years).',
      ),
    ).toBeTruthy()
    expect(value('Value a year')).toBe('50000')
    expect(
      screen.getByText(
        'Stock is counted at its value a year, a grant spread evenly over its years. If yours vests otherwise, enter the grant and its schedule under Stock.',
      ),
    ).toBeTruthy()
    cleanup()
    await renderPayForm('zh-CN', 'profile')
    await screen.findByLabelText('按猎头的写法粘贴你的薪资')
    await type('按猎头的写法粘贴你的薪资', LINE)
    expect(value('每年价值')).toBe('50000')
    expect(
      screen.getByText(
        '股票按每年的价值计入：授予总额按年数平均分摊。如果你的股票不是平均归属，请在“股票”中填写授予总额和每年归属的百分比。',
      ),
    ).toBeTruthy()
  })

  it('stores the stock as a value a year', () => {
    const parsed = parsePay(LINE)
    if (!parsed.ok) throw new Error('expected a reading')
    const fields = newOfferFields()
    fields.pay = payFilledByLine(parsed.pay, fields.pay)
    expect(draftFromFields(fields).pay.stock).toEqual({
      kind: 'per-year',
      perYear: { low: 50_000, high: 50_000 },
    })
  })
})
