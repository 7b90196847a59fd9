// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { saveRulesetOverrides } from '../../../../renderer/data/repositories/ruleset-overrides'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
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
 * Rules33's debt: after a change on the Rules screen, the score's Why and the reports named the
 * changed rule, but the dashboard's tier card did not say the tier rested on it. It says so now,
 * as the Why does, with a link to the Rules screen; and nothing where the rules are the defaults.
 */
const factors = DEFAULT_RULESET.scoring.levelFactors
const HALF_AT_3: RulesetOverrides = {
  scoring: { levelFactors: factors.map((factor, level) => (level === 3 ? 0.5 : factor)) },
}
// The mover has skills at levels 2, 3 and 4: each factor is used.
const THREE_CHANGES: RulesetOverrides = {
  scoring: { levelFactors: factors.map((factor, level) => (level >= 2 ? factor / 2 : factor)) },
}

async function tierCard(language: UiLanguage, overrides: RulesetOverrides | undefined) {
  const db = new TidemarkDatabase(`goals31-tier-${crypto.randomUUID()}`)
  await db.open()
  window.location.hash = '#/dashboard'
  render(
    <I18nextProvider i18n={await createI18n(language)}>
      <App services={testServices(db, detectPlatform({}), [language])} />
    </I18nextProvider>,
  )
  await screen.findByTestId('dashboard-start', {}, SLOW)
  const mover = loadPersona('p1')
  await act(async () => {
    await saveProfile(db, mover.profile)
    for (const skill of mover.skills) {
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

const article = String(factors[3])

describe('the dashboard’s tier card under changed rules', () => {
  it.each([
    [
      'en',
      `Counted with a rule you changed: “Level 3 (proficient): factor” uses your value 0.5 (Tidemark’s default: ${article}). Change it on the Rules screen`,
      'Change it on the Rules screen',
    ],
    [
      'zh-CN',
      `按你改过的 1 条规则计算：“3 级（熟练）：系数”用的是你改的值 0.5（潮位的默认值：${article}）。到“规则”页修改`,
      '到“规则”页修改',
    ],
  ] as const)(
    'names the changed rule the score used, linked to its section (%s)',
    async (language, said, link) => {
      const card = await tierCard(language, HALF_AT_3)
      await waitFor(() => {
        expect(within(card).getByTestId('dashboard-tier-rules').textContent).toBe(said)
      }, SLOW)
      expect(within(card).getByRole('link', { name: link }).getAttribute('href')).toBe(
        '#/rules/scoring',
      )
    },
    20_000,
  )

  it('counts more than two changes, linked to their section', async () => {
    const card = await tierCard('en', THREE_CHANGES)
    await waitFor(() => {
      expect(within(card).getByTestId('dashboard-tier-rules').textContent).toBe(
        'Counted with 3 rules you changed. See them on the Rules screen',
      )
    }, SLOW)
    expect(
      within(card).getByRole('link', { name: 'See them on the Rules screen' }).getAttribute('href'),
    ).toBe('#/rules/scoring')
  }, 20_000)

  it('names two changes in two sections, linked to the Rules screen itself', async () => {
    const card = await tierCard('en', { ...HALF_AT_3, modifiers: { hubCity: { points: 5 } } })
    await waitFor(() => {
      expect(within(card).getByTestId('dashboard-tier-rules').textContent).toMatch(
        /^Counted with 2 rules you changed: “Level 3 \(proficient\): factor” uses your value 0\.5 .*; “.*” uses your value 5 .*\. See them on the Rules screen$/,
      )
    }, SLOW)
    expect(
      within(card).getByRole('link', { name: 'See them on the Rules screen' }).getAttribute('href'),
    ).toBe('#/rules')
  }, 20_000)

  it('says nothing of rules where the score used the defaults', async () => {
    const card = await tierCard('en', undefined)
    await waitFor(() => {
      expect(within(card).getByText(/of 100 points/)).toBeTruthy()
    }, SLOW)
    expect(within(card).queryByTestId('dashboard-tier-rules')).toBeNull()
  }, 20_000)
})
