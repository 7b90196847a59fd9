// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { assess, DEFAULT_RULESET, type Fen } from '../../../../renderer/domain'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { MarketChartFigure } from '../../../../renderer/ui/screens/offers/compare/MarketChartFigure'
import { loadPersona } from '../../../helpers/personas'

afterEach(cleanup)

const fen = (yuan: number) => (yuan * 100) as Fen

/** The market chart's data table, its rows as [item, source], for the persona given. */
async function sources(language: UiLanguage, persona: 'p1' | 'p2') {
  const input = loadPersona(persona)
  const { skills } = assess(input, DEFAULT_RULESET)
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <MarketChartFigure
        current={persona === 'p1' ? { low: fen(750_000), high: fen(750_000) } : null}
        offers={[{ id: 'o', label: 'Acme AI', total: { low: fen(700_000), high: fen(800_000) } }]}
        skills={skills}
        ruleset={DEFAULT_RULESET}
      />
    </I18nextProvider>,
  )
  const caption = language === 'zh-CN' ? '你的薪资与文章中的数字（元/年）' : /^Your pay and/
  const table = screen.getByRole('table', { name: caption })
  return [...table.querySelectorAll('tbody tr')].map((row) => [
    row.querySelector('th')?.textContent,
    row.querySelector('td:last-child')?.textContent,
  ])
}

describe('the market table names whose each figure is (trial 19 #2)', { timeout: 30_000 }, () => {
  it('in Chinese, the user’s rows read 你填写的 and the band its estimate, never 「你的」', async () => {
    const rows = await sources('zh-CN', 'p1')
    expect(rows.slice(0, 3)).toEqual([
      [expect.stringMatching(/^你的预计年度总收入/), '按你的薪资和档位估算'],
      ['当前工作', '你填写的'],
      ['Acme AI', '你填写的'],
    ])
    expect(rows.filter(([, source]) => source === '你的')).toEqual([])
  })

  it('in English, as whole phrases', async () => {
    const rows = await sources('en', 'p1')
    expect(rows.slice(0, 3)).toEqual([
      [expect.stringMatching(/^Your expected total/), 'Estimated from your pay and tier'],
      ['Current job', 'Entered by you'],
      ['Acme AI', 'Entered by you'],
    ])
  })

  it('without a current pay, the in-field PhD band is the article’s, not the user’s', async () => {
    const zh = await sources('zh-CN', 'p2')
    expect(zh[0]).toEqual([expect.stringMatching(/^对口博士（文章）/), '文章给对口博士的数字'])
    cleanup()
    const en = await sources('en', 'p2')
    expect(en[0]).toEqual([
      expect.stringMatching(/^In-field PhD \(article\)/),
      'The article’s figure for an in-field PhD',
    ])
  })
})
