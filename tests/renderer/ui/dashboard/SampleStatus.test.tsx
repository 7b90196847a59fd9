// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { SampleStatus } from '../../../../renderer/ui/screens/dashboard/SampleStatus'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'

afterEach(cleanup)

async function statusAfterClearing(language: UiLanguage): Promise<string> {
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <SampleStatus
        outcome={{
          kind: 'cleared',
          cleared: { skills: 3, offers: 2, journal: 4, goals: 1, kept: 2, profile: 'kept' },
        }}
      />
    </I18nextProvider>,
  )
  return screen.getByTestId('sample-status').textContent
}

/** The sentences of "the sample is cleared" are joined as each language joins sentences. */
describe('the sample’s status after clearing', () => {
  it('joins the Chinese sentences with no space after 。 (review)', async () => {
    const text = await statusAfterClearing('zh-CN')
    expect(text).toContain('示例已清除')
    expect(text).toContain('你改过的 2 条示例记录已保留')
    expect(text).not.toMatch(/。 /)
  })

  it('joins the English sentences with a space', async () => {
    const text = await statusAfterClearing('en')
    expect(text).toMatch(/\. The 2 sample records you changed stay, as your own\.$/)
    expect(text).not.toMatch(/\.\S/)
  })
})
