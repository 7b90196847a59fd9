// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPayForm } from '../../../helpers/pay-forms'

/**
 * New-user trial: tabbing through the pay turned every pay field red, "up to" included, before
 * anything was typed. An empty field is now marked only once the user saves; an empty "up to"
 * (optional: the figure alone) never is.
 */
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

const renderIn = renderPayForm

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label)

/** Focus passing through, as Tab does: in and out, nothing typed. */
async function tabThrough(labels: string[]) {
  for (const label of labels) {
    await act(async () => {
      fireEvent.focusIn(field(label))
      fireEvent.focusOut(field(label))
      await new Promise((resolve) => setTimeout(resolve, 10))
    })
  }
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }))
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

const red = (label: string) => field(label).getAttribute('aria-invalid') === 'true'

describe('field errors wait for the user', () => {
  it('offer form (en): nothing red from Tab alone; on save the empty base, not its "up to"', async () => {
    await renderIn('en', 'offer')
    await screen.findByRole('form')
    await tabThrough(['Company', 'Monthly base', 'Monthly base up to', 'Months a year (薪)'])
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0)

    await click('Save offer')
    expect(red('Company')).toBe(true)
    expect(red('Monthly base')).toBe(true)
    expect(red('Months a year (薪)')).toBe(true)
    expect(red('Monthly base up to')).toBe(false)
    expect(red('Sign-on bonus')).toBe(false)
  })

  it('offer form (zh-CN): a typed mistake is still said when the field is left', async () => {
    await renderIn('zh-CN', 'offer')
    await screen.findByRole('form')
    await act(async () => {
      fireEvent.change(field('月薪'), { target: { value: '90000' } })
      fireEvent.change(field('月薪 最高'), { target: { value: '80000' } })
      await Promise.resolve()
    })
    await tabThrough(['月薪', '月薪 最高', '每年发几个月（薪）'])
    expect(red('月薪')).toBe(true)
    expect(red('每年发几个月（薪）')).toBe(false)
  })

  it('profile (zh-CN): the pay fields stay plain from Tab alone, and the base is red on save', async () => {
    await renderIn('zh-CN', 'profile')
    await screen.findByRole('button', { name: '个人资料' })
    await act(async () => {
      fireEvent.change(screen.getByLabelText('薪资写法'), { target: { value: 'monthly' } })
      await Promise.resolve()
    })
    await tabThrough(['月薪', '最高', '每年发几个月', '另有年终奖'])
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0)

    await click('保存资料')
    expect(red('月薪')).toBe(true)
    expect(red('最高')).toBe(false)
    expect(red('另有年终奖')).toBe(false)
  })
})
