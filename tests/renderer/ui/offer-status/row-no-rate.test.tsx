// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { OfferDraft } from '../../../../renderer/data/repositories/offers'
import type { UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { renderList, seed } from './offer-list-fixture'

const SLOW = { timeout: 5000 }

afterEach(cleanup)

/**
 * New-user trial 21 #4: a USD offer saved before a USD rate was set said "The pay could not be
 * read: open the offer to correct it", though the pay was read and only the rate is missing.
 */
const usd: OfferDraft = {
  id: 'offer-usd',
  company: 'OpenAI',
  employerKind: 'big-tech-new-llm-team',
  pay: { base: { kind: 'text', text: '$300k base + $625k stock/yr' } },
}

const unreadable: OfferDraft = {
  id: 'offer-unreadable',
  company: 'Vague Co',
  employerKind: 'startup',
  pay: { base: { kind: 'text', text: '面议' } },
}

async function verdictOf(company: string): Promise<string> {
  const link = await screen.findByRole('link', { name: company }, SLOW)
  return link.closest('tr')?.querySelector('.offer-unreadable')?.textContent ?? ''
}

describe('the offers table on a pay with no rate for its currency', () => {
  it.each([
    [
      'en',
      'Not counted yet: no USD rate. Open the offer to set it.',
      'The pay could not be read: open the offer to correct it.',
    ],
    [
      'zh-CN',
      '还没算：没有 USD 汇率。请打开这个 offer 设置。',
      '没能读出薪资：请打开这个 offer 修改。',
    ],
  ] as const)(
    'asks for the rate, and still for a correction where the pay is unreadable (%s)',
    async (language: UiLanguage, noRate, notRead) => {
      await renderList(await seed({ offers: [usd, unreadable] }), language)
      expect(await verdictOf('OpenAI')).toBe(noRate)
      expect(await verdictOf('Vague Co')).toBe(notRead)
    },
  )

  it.each([
    [
      'en',
      'Accept the offer from OpenAI?',
      'Its pay is in USD, with no rate set yet, so it cannot become your current pay: set the rate in the offer first.',
    ],
    [
      'zh-CN',
      '接受 OpenAI 的 offer？',
      '它的薪资以 USD 计，还没有设置汇率，所以不能设为当前薪资：请先在 offer 里设置汇率。',
    ],
  ] as const)(
    'accepting it asks for the rate, not for a correction (%s)',
    async (language: UiLanguage, title, words) => {
      await renderList(await seed({ offers: [usd] }), language)
      await screen.findByRole('link', { name: 'OpenAI' }, SLOW)
      await act(async () => {
        fireEvent.change(screen.getByRole('combobox'), { target: { value: 'accepted' } })
        await Promise.resolve()
      })
      const confirm = screen.getByRole('group', { name: title })
      expect(confirm.querySelector('p')?.textContent).toBe(words)
    },
  )
})
