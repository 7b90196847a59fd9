// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { computeAnnualPay, DEFAULT_RULESET } from '../../../../renderer/domain'
import { compensationSchema } from '../../../../renderer/domain/model/compensation'
import { engineSettingsSchema } from '../../../../renderer/domain/model/settings'
import { parsePay } from '../../../../renderer/domain/pay/parse-pay'
import { renderPayForm } from '../../../helpers/pay-forms'
import { yuan } from '../../../helpers/money'

/**
 * "年包 95w，年终 3 个月另算": a bonus in months beside a yearly package takes a month as the
 * package ÷ 12, which the line does not say. The reading says so, with the figure.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const LINE = '年包 95w，年终 3 个月另算'

async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

describe('a bonus in months beside a yearly figure', () => {
  it('is noted by the parser, and only there', () => {
    expect(parsePay(LINE)).toMatchObject({ ok: true, pay: { notes: ['bonus-month-of-annual'] } })
    expect(parsePay('年包 95w')).toMatchObject({ ok: true, pay: { notes: [] } })
    expect(parsePay('月薪 4 万 × 14，年终 3 个月')).toMatchObject({ ok: true, pay: { notes: [] } })
  })

  it('is counted as the note says: 3 × 950k ÷ 12 = 237.5k', () => {
    const result = computeAnnualPay(
      compensationSchema.parse({ base: { kind: 'text', text: LINE } }),
      engineSettingsSchema.parse({}),
      DEFAULT_RULESET,
    )
    expect(result).toMatchObject({ ok: true, pay: { statedBonus: { low: yuan(237_500) } } })
  })

  it('says a month is the package ÷ 12 (zh-CN)', async () => {
    await renderPayForm('zh-CN', 'offer')
    await screen.findByRole('form')
    await type('按猎头的写法粘贴薪资', LINE)
    expect(
      screen.getByText(
        '年终奖的一个月按全年数额 ÷ 12 计：95万 ÷ 12 = 7.9167万。若一个月指的是月薪，请按“月薪 × 月数”填写。',
      ),
    ).toBeTruthy()
  })

  it('says a month is the package ÷ 12 (en)', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type(
      'Paste the pay as the recruiter wrote it',
      'total package 950k, bonus 3 months on top',
    )
    expect(
      screen.getByText(
        'A month of the bonus is taken as the yearly figure ÷ 12: 950k ÷ 12 = 79.167k. If a month is the monthly base instead, enter the pay as monthly × months.',
      ),
    ).toBeTruthy()
  })
})
