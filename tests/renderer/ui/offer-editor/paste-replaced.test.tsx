// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listOffers } from '../../../../renderer/data/repositories/offers'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { renderPayForm } from '../../../helpers/pay-forms'

vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/**
 * A pasted line that cannot be read left the earlier line's figures in the fields (new-user
 * trial): "年包 80 万", then an unreadable line, and the profile still counted 80万 a year; on
 * the offer, "年薪 150w" then "base 40k*14 + 20% bonus" kept 1.5 million. The fields belong to
 * the line in the box: replaced by one that cannot be read, what the earlier line filled goes
 * back, and the offer, like the profile, is not saved until the line reads or is cleared.
 */
async function type(label: string, value: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    await Promise.resolve()
  })
}

const value = (label: string) => screen.getByLabelText<HTMLInputElement>(label).value
const statusText = () => screen.getByRole('status').textContent

const OFFER = [
  {
    language: 'en',
    paste: 'Paste the pay as the recruiter wrote it',
    company: 'Company',
    kind: 'Base pay stated as',
    annual: 'Yearly base',
    monthly: 'Monthly base',
    save: 'Save offer',
    unread:
      'Not saved: the pasted pay line could not be read. Rewrite it, or clear it and fill in the pay fields.',
    putBack:
      'This line could not be read, so the pay fields are back as they were before you pasted the last line.',
  },
  {
    language: 'zh-CN',
    paste: '按猎头的写法粘贴薪资',
    company: '公司',
    kind: '底薪写法',
    annual: '年薪',
    monthly: '月薪',
    save: '保存 offer',
    unread: '没有保存：粘贴的薪资读不懂。请改写，或清空它并直接填写薪资字段。',
    putBack: '薪资字段已恢复为粘贴上一行之前的内容。',
  },
] as const

describe('an offer’s pasted line replaced by one that cannot be read', () => {
  for (const c of OFFER) {
    it(`takes out what the earlier line filled, and is not saved until it reads (${c.language})`, async () => {
      const db = await renderPayForm(c.language, 'offer')
      await screen.findByRole('form')
      await type(c.company, 'Acme')
      await type(c.paste, '年薪 150w')
      expect(value(c.kind)).toBe('annual')
      expect(value(c.annual)).toBe('1500000')

      await type(c.paste, 'base 40k*14 + 20% bonus')
      expect(value(c.kind)).toBe('monthly')
      expect(value(c.monthly)).toBe('')
      expect(screen.queryByLabelText(c.annual)).toBeNull()
      expect(screen.getByText(c.putBack)).toBeTruthy()

      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: c.save }))
        await Promise.resolve()
      })
      expect(statusText()).toBe(c.unread)
      expect(document.activeElement).toBe(screen.getByLabelText(c.paste))
      expect(await listOffers(db)).toEqual([])

      // Read again, it fills the fields and saves.
      await type(c.paste, '月薪 3 万 × 14')
      await act(async () => {
        fireEvent.click(screen.getByRole('button', { name: c.save }))
        await Promise.resolve()
      })
      await waitFor(async () => {
        expect((await listOffers(db)).map((offer) => offer.pay.base)).toEqual([
          { kind: 'monthly', monthly: { low: 30_000, high: 30_000 }, months: 14 },
        ])
      })
    })
  }

  it('keeps a figure typed by hand since, and drops a bonus the new line does not state', async () => {
    await renderPayForm('en', 'offer')
    await screen.findByRole('form')
    await type('Paste the pay as the recruiter wrote it', '年薪 150w')
    await type('Yearly base', '1600000')
    await type('Paste the pay as the recruiter wrote it', 'base 40k*14 + 20% bonus')
    expect(value('Base pay stated as')).toBe('annual')
    expect(value('Yearly base')).toBe('1600000')

    await type('Paste the pay as the recruiter wrote it', '月薪 3 万 × 14，年终奖 2 个月')
    expect(value('Year-end bonus on top')).toBe('months')
    await type('Paste the pay as the recruiter wrote it', '月薪 3.5 万 × 14')
    expect(value('Year-end bonus on top')).toBe('none')
    expect(value('Monthly base')).toBe('35000')
  })
})

const PROFILE = [
  {
    language: 'en',
    panel: 'Your profile',
    paste: 'Paste your pay as a recruiter would write it',
    kind: 'Stated as',
    counted: /^Counted: 800k a year in cash/,
    putBack:
      'This line could not be read, so your pay is back as it was before you pasted the last line.',
  },
  {
    language: 'zh-CN',
    panel: '个人资料',
    paste: '按猎头的写法粘贴你的薪资',
    kind: '薪资写法',
    counted: /^计入：现金年收入 80万/,
    putBack: '薪资已恢复为粘贴上一行之前的内容。',
  },
] as const

describe('the profile’s pasted line replaced by one that cannot be read', () => {
  for (const c of PROFILE) {
    it(`no longer counts what the earlier line filled (${c.language})`, async () => {
      await renderPayForm(c.language, 'profile')
      await screen.findByRole('button', { name: c.panel })
      await type(c.paste, '年包 80 万')
      await waitFor(() => {
        expect(screen.getByTestId('pay-counted').textContent).toMatch(c.counted)
      })
      await type(c.paste, '月薪 3-4 万 × 13，年终 abc')
      expect(value(c.kind)).toBe('none')
      expect(screen.queryByTestId('pay-counted')).toBeNull()
      expect(screen.getByText(c.putBack)).toBeTruthy()
      // Typing on in the line keeps saying so; a line that reads again says what it read.
      await type(c.paste, '月薪 3-4 万 × 13，年终 abcd')
      expect(screen.getByText(c.putBack)).toBeTruthy()
      await type(c.paste, '年包 90 万')
      expect(screen.queryByText(c.putBack)).toBeNull()
    })
  }

  it('takes its verdict away with the pay (no "accept" beside empty pay fields)', async () => {
    const drafts: (Offer | undefined)[] = []
    await renderPayForm('en', 'offer', (offer) => drafts.push(offer))
    await screen.findByRole('form')
    await type('Company', 'Acme')
    await type('Paste the pay as the recruiter wrote it', '年薪 150w')
    await waitFor(() => {
      expect(drafts.at(-1)?.pay.base).toMatchObject({ kind: 'annual' })
    })
    await type('Paste the pay as the recruiter wrote it', 'base 40k*14 + 20% bonus')
    await waitFor(() => {
      expect(drafts.at(-1)).toBeUndefined()
    })
  })
})
