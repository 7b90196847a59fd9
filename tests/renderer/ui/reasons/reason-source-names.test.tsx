// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import type { Reason } from '../../../../renderer/domain/reason'
import { articleCitation } from '../../../../renderer/domain/ruleset/citation'
import { createI18n } from '../../../../renderer/ui/i18n/i18n'
import { ReasonList } from '../../../../renderer/ui/reasons/ReasonList'

afterEach(cleanup)

/**
 * Trial 18 L9: the sources of the comparison's, Skills' and Rules' reasons (ReasonList) were all
 * named "Source" or "Source assumption": a screen reader listing them heard no difference. Each
 * is named by its reason's sentence too, as the verdict's are (3cef613).
 */
const citation = articleCitation([25], '一年經驗的博士', '一年经验的博士', 'A PhD with a year')
const reason = (ruleId: string, assumption: boolean): Reason => ({
  ruleId,
  points: 5,
  facts: {},
  citation,
  assumption,
})

describe('a reason list’s sources', () => {
  it('are each named by their reason', async () => {
    const i18n = await createI18n('en')
    render(
      <I18nextProvider i18n={i18n}>
        <ReasonList
          reasons={[reason('a', true), reason('b', true), reason('c', false)]}
          sentence={(item) => `Sentence of ${item.ruleId}`}
        />
      </I18nextProvider>,
    )
    const names = [...document.querySelectorAll('.citation > summary')].map((summary) =>
      (summary.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    )
    expect(names).toHaveLength(3)
    expect(names.map((name) => name.replace(/^.*?(Sentence of \w)$/, '$1'))).toEqual([
      'Sentence of a',
      'Sentence of b',
      'Sentence of c',
    ])
  })
})
