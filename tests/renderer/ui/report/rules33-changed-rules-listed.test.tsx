// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_RULESET } from '../../../../renderer/domain/ruleset/default-ruleset'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { reportMarkdown } from '../../../../renderer/ui/report/report-markdown'
import { ReportDocument } from '../../../../renderer/ui/report/ReportDocument'
import { livePersona } from './live-persona'

afterEach(cleanup)

/**
 * New-user trial 32 #2: the report said "the article's rules with your changes" and never which.
 * The printed and the Markdown report list each changed rule with its value and the default,
 * before the reasons that use them; with the article's rules there is no such list. (The tiers'
 * lines and the level factors are Tidemark's assumptions: their default is named so.)
 */
const OVERRIDES = {
  tiers: [{ id: 'mid', minScore: 30 }],
  scoring: {
    levelFactors: DEFAULT_RULESET.scoring.levelFactors.map((f, i) => (i === 3 ? 0.5 : f)),
  },
}

async function report(language: UiLanguage, overrides?: typeof OVERRIDES) {
  const i18n = await createI18n(language)
  return buildReportModel(livePersona('p3', overrides ? { overrides } : {}), {
    t: i18n.t,
    language,
    now: new Date(2026, 10, 29),
    appVersion: '9.9.9',
  })
}

const factor3 = String(DEFAULT_RULESET.scoring.levelFactors[3])

describe('the report’s changed rules', () => {
  it('are listed, printed and in Markdown, en', async () => {
    const model = await report('en', OVERRIDES)
    const { container } = render(<ReportDocument report={model} />)
    const items = [...container.querySelectorAll('.report-changed-rules li')].map(
      (item) => item.textContent,
    )
    expect(items).toEqual([
      'Mid-level: from score: 30 (Tidemark’s default: 0)',
      `Level 3 (proficient): factor: 0.5 (Tidemark’s default: ${factor3})`,
    ])
    const heading = container.querySelector('.report-changed-rules')?.previousElementSibling
    expect(heading?.textContent).toBe('Rules you changed')
    const markdown = reportMarkdown(model)
    expect(markdown).toContain(
      `## Rules you changed\n\n- Mid-level: from score: 30 (Tidemark’s default: 0)\n- Level 3 (proficient): factor: 0.5 (Tidemark’s default: ${factor3})`,
    )
    // Before the reasons that use them.
    expect(markdown.indexOf('## Rules you changed')).toBeLessThan(markdown.indexOf('## Why'))
  })

  it('are listed in Chinese', async () => {
    const model = await report('zh-CN', OVERRIDES)
    expect(model.changedRules?.heading).toBe('你改过的规则')
    expect(model.changedRules?.items[0]).toMatch(/^中层：起始分数：30（潮位的默认值：0）$/)
  })

  it('are not listed where the rules are the article’s', async () => {
    const model = await report('en')
    expect(model.changedRules).toBeNull()
    const { container } = render(<ReportDocument report={model} />)
    expect(container.querySelector('.report-changed-rules')).toBeNull()
    expect(reportMarkdown(model)).not.toContain('Rules you changed')
  })
})
