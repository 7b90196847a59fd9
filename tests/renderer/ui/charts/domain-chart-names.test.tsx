// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain'
import type { DomainLevel } from '../../../../renderer/domain/skills/effective-levels'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { DomainLevelsFigure } from '../../../../renderer/ui/screens/skills/assessment/DomainLevelsFigure'

/**
 * New-user trial 17 #6: the skill form named a domain "AI 产品经理 · B", the domains chart beside
 * it "AI 产品" (and "AI 架构师" "AI 架构"), so the user matched rows to skills by guess. The chart
 * names each domain as the form does, less a closing list of examples, and each name's tooltip
 * reads as the form's option does; the names still fit the chart (two lines at most).
 */
beforeAll(() => {
  // happy-dom lays nothing out: give the responsive chart a size to draw in (its own height,
  // twelve rows), and its legend one line, so the rows have the rest.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 430 })
  HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    const height = this.classList.contains('recharts-legend-wrapper') ? 20 : 430
    return {
      width: 600,
      height,
      top: 0,
      left: 0,
      right: 600,
      bottom: height,
      x: 0,
      y: 0,
    } as DOMRect
  }
})
afterEach(cleanup)

const level = (domain: DomainLevel['domain'], claimed: number): DomainLevel => ({
  domain,
  claimed,
  effective: Math.min(claimed, 2),
  capped: claimed > 2,
  skillId: `skill-${domain}`,
})

async function ticks(language: UiLanguage) {
  const i18n = await createI18n(language)
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <DomainLevelsFigure
        levels={[level('ai-product', 3), level('fine-tuning', 2)]}
        ruleset={DEFAULT_RULESET}
      />
    </I18nextProvider>,
  )
  return waitFor(
    () => {
      const found = [...container.querySelectorAll('.recharts-yAxis-tick-labels text')]
      if (found.length < 12) throw new Error('the axis is drawn')
      return new Map(
        // A name wraps at its spaces: its lines' text runs together here, so the key has none.
        found.map((text) => [
          text.textContent.replace(/\s+/g, ''),
          text.parentElement?.querySelector('title')?.textContent ?? '',
        ]),
      )
    },
    { timeout: 5000 },
  )
}

describe('the domains chart names each domain as the skill form does', () => {
  it('in Chinese: AI 产品经理, AI 架构师, each with its class in the tooltip', async () => {
    const names = await ticks('zh-CN')
    expect(names.get('AI产品经理')).toBe('AI 产品经理 · B')
    expect(names.get('AI架构师')).toBe('AI 架构师 · B')
    expect(names.get('调优')).toBe('调优 · S')
    expect(names.has('AI产品')).toBe(false)
  })

  it('in English: the name less its examples on the axis, in full in the tooltip', async () => {
    const names = await ticks('en')
    expect(names.get('Fine-tuningandalignment')).toBe(
      'Fine-tuning and alignment (SFT, RLHF, PEFT) · S',
    )
    expect([...names.values()]).toContain('AI product management · B')
  })
})
