// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { assess } from '../../../../renderer/domain/assess'
import type { AssessmentInput } from '../../../../renderer/domain/model/assessment-input'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import type { RulesetOverrides } from '../../../../renderer/domain/ruleset/overrides'
import { detectPlatform } from '../../../../renderer/platform'
import { App } from '../../../../renderer/ui/App'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
  window.location.hash = ''
})

/**
 * Review 35 #3: the tier card's line of changed rules named those the score used, but not a
 * changed yearly total band of the tier (`totalBandYuan`) when the card's expected total was
 * taken from it (an in-field PhD's, L17, L25): the line read as covering the card. It names the
 * ends of the band the total took, and only those.
 */
const phd = loadPersona('p2') // an in-field PhD scored premium, no current pay

function withPay(input: AssessmentInput, yuan: number): AssessmentInput {
  const annual = { low: yuan, high: yuan }
  return {
    ...input,
    profile: {
      ...input.profile,
      currentPay: { currency: 'CNY', base: { kind: 'annual', annual } },
    },
  }
}

const band = (totalBandYuan: { low?: number; high?: number }): RulesetOverrides => ({
  tiers: [{ id: 'premium', totalBandYuan }],
})

describe('the ends of the tier’s yearly total the expected total takes', () => {
  it.each([
    ['no current pay: the band alone', phd, ['low', 'high']],
    ['500k × +30%–+100% is below 1M–2M: both ends lifted', withPay(phd, 500_000), ['low', 'high']],
    ['900k × +30%–+100% is 1.17M–1.8M: the top lifted', withPay(phd, 900_000), ['high']],
    ['1.2M × +30%–+100% is above 1M–2M: the pay’s', withPay(phd, 1_200_000), []],
    ['not an in-field PhD: no band judges', loadPersona('p1'), []],
  ] as const)('%s', (_case, input, ends) => {
    expect(assess(input, DEFAULT_RULESET).skills.expectedTotalBandEnds).toEqual(ends)
  })
})

async function tierCard(
  language: UiLanguage,
  input: AssessmentInput,
  overrides: RulesetOverrides | undefined,
) {
  const db = new TidemarkDatabase(`tier32-${crypto.randomUUID()}`)
  await db.open()
  window.location.hash = '#/dashboard'
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <App services={testServices(db, detectPlatform({}), [language])} />
    </I18nextProvider>,
  )
  await screen.findByTestId('dashboard-start', {}, SLOW)
  await act(async () => {
    await saveProfile(db, input.profile)
    for (const skill of input.skills) {
      await saveSkill(db, {
        name: skill.name,
        domain: skill.domain,
        level: skill.level,
        evidence: skill.evidence,
      })
    }
    if (overrides) await saveRulesetOverrides(db, overrides)
  })
  return screen.findByTestId('dashboard-tier', {}, SLOW)
}

/** The card once its expected total reads `total`, so the line below is read after the rules. */
async function cardShowing(card: HTMLElement, total: RegExp) {
  await waitFor(() => {
    expect(card.textContent).toMatch(total)
  }, SLOW)
}

describe('the tier card names a changed yearly total band behind its total', () => {
  it.each([
    [
      'en',
      /1\.2M–2M\/yr, what the article gives an in-field PhD/,
      'Counted with a rule you changed: “Premium (≈1M+): total a year from” uses your value 1,200,000 (the article’s: 1,000,000). Change it on the Rules screen',
      'Change it on the Rules screen',
    ],
    [
      'zh-CN',
      /120万–200万\/年，即文章给对口博士的年收入/,
      '按你改过的 1 条规则计算：“百万档：年薪总额下限”用的是你改的值 1,200,000（文章：1,000,000）。到“规则”页修改',
      '到“规则”页修改',
    ],
  ] as const)(
    'the total is the band: its changed floor is named, linked to Tiers (%s)',
    async (language, total, said, link) => {
      const card = await tierCard(language, phd, band({ low: 1_200_000 }))
      await cardShowing(card, total)
      await waitFor(() => {
        expect(within(card).getByTestId('dashboard-tier-rules').textContent).toBe(said)
      }, SLOW)
      expect(within(card).getByRole('link', { name: link }).getAttribute('href')).toBe(
        '#/rules/tiers',
      )
    },
    20_000,
  )

  it('a total lifted at its top only names the top, not the floor the pay passed', async () => {
    // 900k × +30%–+100% = 1.17M–1.8M: the floor is the pay's (over 1.1M), the top the band's.
    const card = await tierCard(
      'en',
      withPay(phd, 900_000),
      band({ low: 1_100_000, high: 2_500_000 }),
    )
    await cardShowing(card, /1\.17M–2\.5M\/yr \(your pay × the raise band is 1\.17M–1\.8M\/yr/)
    await waitFor(() => {
      expect(within(card).getByTestId('dashboard-tier-rules').textContent).toBe(
        'Counted with a rule you changed: “Premium (≈1M+): total a year up to” uses your value 2,500,000 (the article’s: 2,000,000). Change it on the Rules screen',
      )
    }, SLOW)
  }, 20_000)

  // A changed factor the score uses is named too: the line is there, read under the overrides.
  const factors = DEFAULT_RULESET.scoring.levelFactors
  const at3 = { levelFactors: factors.map((factor, level) => (level === 3 ? 0.7 : factor)) }
  it.each([
    ['the total is the pay’s', withPay(phd, 1_200_000), /Expected yearly total: 1\.56M–2\.4M\/yr/],
    [
      'no band judges this person (premium, under the changed floor)',
      loadPersona('p1'),
      /Premium \(≈1M\+\)[\s\S]*Expected yearly total: 975k–1\.5M\/yr/,
    ],
  ] as const)(
    'says nothing of a changed band where %s',
    async (_case, input, total) => {
      const card = await tierCard('en', input, { ...band({ low: 1_100_000 }), scoring: at3 })
      await cardShowing(card, total)
      await waitFor(() => {
        expect(within(card).getByTestId('dashboard-tier-rules').textContent).toBe(
          `Counted with a rule you changed: “Level 3 (proficient): factor” uses your value 0.7 (Tidemark’s default: ${String(factors[3])}). Change it on the Rules screen`,
        )
      }, SLOW)
    },
    20_000,
  )
})
