// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { buildReportModel } from '../../../../renderer/ui/report/report-model'
import { ReportDocument } from '../../../../renderer/ui/report/ReportDocument'
import { livePersona } from './live-persona'

afterEach(cleanup)

/**
 * The printed report's "(assumption)" mark: a space before it in English; none in Chinese,
 * where the full-width bracket carries its own ("+8 分 （假设）" printed a wide gap). In the
 * summary, the reasons and each offer's section alike.
 */
describe.each<[UiLanguage, string]>([
  ['en', ' (assumption)'],
  ['zh-CN', '（假设）'],
])('the printed report’s assumption marks (%s)', (language, expected) => {
  it('follow the language’s spacing', async () => {
    const i18n = await createI18n(language)
    const report = buildReportModel(livePersona('p1'), {
      t: i18n.t,
      language,
      now: new Date(2026, 10, 29),
      appVersion: '9.9.9',
    })
    const { container } = render(<ReportDocument report={report} />)
    const marks = [...container.querySelectorAll('.report-assumption')]
    expect(marks.some((mark) => mark.closest('.report-offer'))).toBe(true)
    expect(marks.some((mark) => !mark.closest('.report-offer'))).toBe(true)
    for (const mark of marks) expect(mark.textContent).toBe(expected)
  })
})
