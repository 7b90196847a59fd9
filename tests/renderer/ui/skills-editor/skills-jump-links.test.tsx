// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createRef } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { SkillSnapshot } from '../../../../renderer/data/records'
import { saveSkill } from '../../../../renderer/data/repositories/skills'
import { detectPlatform } from '../../../../renderer/platform'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { SkillsScreen } from '../../../../renderer/ui/screens/skills/SkillsScreen'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial finding: on the Skills screen the score chart came after ~20 Tab stops (each skill's Edit
 * and Remove, the export buttons, every reason's Source), more with each skill. Skip links are
 * now the first Tab stops after the heading: one to the assessment, one to the chart itself.
 * The forms stay first in the page, as they are first on screen.
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 220 })
  HTMLElement.prototype.getBoundingClientRect = () =>
    ({ width: 600, height: 220, top: 0, left: 0, right: 600, bottom: 220, x: 0, y: 0 }) as DOMRect
})
afterEach(() => {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  cleanup()
})

const snapshot = (date: string, score: number): SkillSnapshot => ({
  date,
  score,
  tier: score >= 50 ? 'premium' : 'mid',
  levels: {},
  rulesetVersion: DEFAULT_RULESET.version,
})

const WORDS = {
  en: {
    assessment: 'Skip to your assessment',
    chart: 'Skip to your score over time',
    heading: 'Your assessment',
  },
  'zh-CN': { assessment: '跳到评估结果', chart: '跳到溢价分走势', heading: '评估结果' },
} as const

/** Every Tab stop in the page, in the order Tab reaches them (no positive tabindex here). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]'
  return [...root.querySelectorAll<HTMLElement>(focusable)].filter(
    (element) =>
      element.tabIndex >= 0 && !element.hasAttribute('disabled') && !element.closest('[inert]'),
  )
}

async function renderScreen(language: UiLanguage) {
  const db = new TidemarkDatabase(`skills-jump-${crypto.randomUUID()}`)
  await db.open()
  for (const [name, domain] of [
    ['LoRA', 'fine-tuning'],
    ['vLLM', 'inference-acceleration'],
    ['NLP', 'nlp'],
    ['PyTorch', 'deep-learning'],
    ['SQL', 'cs-data-foundations'],
  ] as const)
    await saveSkill(db, { name, domain, level: 3, evidence: ['production'] })
  await db.skillSnapshots.bulkPut([
    snapshot('2026-10-01', 40),
    snapshot('2026-10-20', 55),
    snapshot('2026-11-10', 61),
  ])
  const i18n = await createI18n(language)
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}))}>
        <SkillsScreen headingRef={createRef()} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  const chart = await waitFor(
    () => {
      const found = view.container.querySelector<HTMLElement>('svg[tabindex="0"]')
      if (!found) throw new Error('the chart takes focus')
      return found
    },
    { timeout: 5000 },
  )
  return { view, chart }
}

describe.each(['en', 'zh-CN'] as const)('the Skills screen’s skip links (%s)', (language) => {
  it('are the first two Tab stops, and the chart is one Enter away', async () => {
    const { view, chart } = await renderScreen(language)
    const words = WORDS[language]
    const stops = tabStops(view.container)
    const toChart = screen.getByRole('link', { name: words.chart })
    const toAssessment = screen.getByRole('link', { name: words.assessment })
    expect(stops.slice(0, 2)).toEqual([toAssessment, toChart])
    // The forms still come before the assessment and its chart, as on screen.
    expect(stops.indexOf(chart)).toBeGreaterThan(10)

    await act(async () => {
      fireEvent.click(toChart)
      await Promise.resolve()
    })
    expect(document.activeElement).toBe(chart)

    await act(async () => {
      fireEvent.click(toAssessment)
      await Promise.resolve()
    })
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: words.heading }))
  })
})
