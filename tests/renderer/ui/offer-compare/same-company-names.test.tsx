// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferComparison } from '../../../../renderer/ui/screens/offers/compare/OfferComparison'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 10_000 }
afterEach(cleanup)

function Harness() {
  const live = useAssessment()
  return live ? <OfferComparison live={live} /> : null
}

/**
 * Review 28 P7: with two offers from one company (two teams), the comparison's "Offers shown"
 * boxes and the market chart's table named both "字节跳动", while the pick above named each by
 * company and role (833a3a0): a screen reader heard "Show 字节跳动" twice.
 */
async function renderTwoTeams(language: UiLanguage) {
  const db = new TidemarkDatabase(`same-company-${crypto.randomUUID()}`)
  await db.open()
  const day = new Date('2026-03-01T10:00:00')
  await saveProfile(db, loadPersona('p1').profile, day)
  for (const [role, monthly, months] of [
    ['Seed 推理', 60_000, 16],
    ['豆包 训练', 50_000, 15],
  ] as const) {
    await saveOffer(
      db,
      {
        company: '字节跳动',
        role,
        employerKind: 'big-tech-new-llm-team',
        pay: { base: { kind: 'monthly', monthly: { low: monthly, high: monthly }, months } },
      },
      day,
    )
  }
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        <Harness />
      </ServicesProvider>
    </I18nextProvider>,
  )
  await waitFor(() => {
    expect(document.querySelector('tr[data-row="cash"]')).not.toBeNull()
  }, SLOW)
}

describe('two offers from one company on the comparison', () => {
  it.each([
    ['en', 'Show 字节跳动 · Seed 推理', 'Show 字节跳动 · 豆包 训练'],
    ['zh-CN', '显示 字节跳动 · Seed 推理', '显示 字节跳动 · 豆包 训练'],
  ] as const)('are named by company and role everywhere (%s)', async (language, seed, doubao) => {
    await renderTwoTeams(language)
    expect(screen.getByRole('checkbox', { name: seed })).toBeTruthy()
    expect(screen.getByRole('checkbox', { name: doubao })).toBeTruthy()
    // The market chart's table: one row per offer, each named apart.
    const chartRows = [...document.querySelectorAll('figure table tbody th')].map(
      (cell) => cell.textContent,
    )
    expect(chartRows).toEqual(
      expect.arrayContaining(['字节跳动 · Seed 推理', '字节跳动 · 豆包 训练']),
    )
    expect(chartRows).not.toContain('字节跳动')
    // No name on the comparison is the company alone.
    const shown = within(document.querySelector('.compare-shown') as HTMLElement).getAllByRole(
      'checkbox',
    )
    expect(shown.map((box) => box.closest('label')?.textContent).sort()).toEqual([
      '字节跳动 · Seed 推理',
      '字节跳动 · 豆包 训练',
    ])
  })
})
