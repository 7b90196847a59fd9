// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { loadPersona } from '../../../helpers/personas'
import { renderVerdict, storedPersona } from './verdict-fixture'

afterEach(cleanup)

/** P4's startup, far above any cap, moved to Chengdu: a city with no average wage of its own. */
function inCity(city: string) {
  const startup = loadPersona('p4').offers[0]
  if (!startup) throw new Error('P4 has an offer')
  return storedPersona('p1', [{ ...startup, id: 'o-chengdu', city }])
}

describe('a severance capped at the placeholder wage (trial 15 #4)', () => {
  it('says it is an assumption and where to enter the city’s figure (en)', async () => {
    const { live } = await renderVerdict(inCity('chengdu'), 'o-chengdu', 'en')
    const assessed = live.assessment.offers.find((offer) => offer.offerId === 'o-chengdu')
    if (!assessed?.ok || !assessed.downside.severance) throw new Error('the offer is priced')
    expect(assessed.downside.severance.monthlyCap).not.toBeNull()
    const section = screen.getByRole('region', { name: 'If the move fails' })
    const note = within(section).getByTestId('severance-cap-placeholder')
    expect(note.textContent).toMatch(
      /^Assumption: the cap of 36k a month is 3 × 12,000 yuan, a placeholder for this city’s average monthly wage\./,
    )
    const link = within(note).getByRole('link', {
      name: /Enter your city’s average monthly wage under Rules › Options and the downside/,
    })
    expect(link.getAttribute('href')).toBe('#/rules/downside')
  })

  it('says it in Chinese too', async () => {
    await renderVerdict(inCity('chengdu'), 'o-chengdu', 'zh-CN')
    const section = screen.getByRole('region', { name: '如果跳槽失败' })
    const note = within(section).getByTestId('severance-cap-placeholder')
    expect(note.textContent).toContain('3 × 12,000 元，这个月平均工资只是占位数')
    expect(within(note).getByRole('link').textContent).toContain(
      '在“规则 › 期权与跳槽失败的代价”中填写',
    )
  })

  it('says nothing of the kind where the cap is the city’s own (Beijing)', async () => {
    await renderVerdict(inCity('beijing'), 'o-chengdu', 'en')
    expect(screen.queryByTestId('severance-cap-placeholder')).toBeNull()
  })
})

describe('the offer’s export, on the same cap', () => {
  it('writes the assumption beside the severance', async () => {
    const { live } = await renderVerdict(inCity('chengdu'), 'o-chengdu', 'en')
    const i18n = await createI18n('en')
    const text = offerMarkdown(live, 'o-chengdu', {
      t: i18n.t,
      language: 'en',
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    expect(text).toContain('Assumption: the cap of 36k a month is 3 × 12,000 yuan, a placeholder')
  })
})
