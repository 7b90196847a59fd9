// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { Platform } from '../../../../renderer/platform'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { QuestionsToAsk } from '../../../../renderer/ui/screens/offers/verdict/QuestionsToAsk'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'
import { fakePlatform, storedPersona } from './verdict-fixture'

const NOW = new Date(2026, 10, 29, 10, 0)

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

async function renderQuestions(
  live: LiveAssessment,
  offerId: string,
  language: UiLanguage,
  platform: Platform,
) {
  const offer = live.input.offers.find((candidate) => candidate.id === offerId)
  if (!offer) throw new Error(`no offer ${offerId}`)
  const db = new TidemarkDatabase(`offer-export-test-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform)}>
        <QuestionsToAsk offer={offer} ruleset={live.ruleset} live={live} />
      </ServicesProvider>
    </I18nextProvider>,
  )
  return i18n
}

async function exportOffer(buttonName: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: buttonName }))
    // The report's writer is loaded on the click.
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

describe('the verdict’s export', () => {
  it('saves the whole offer, as the report writes it (P4, en)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(NOW)
    const { platform, saveTextFile } = fakePlatform()
    const live = assessWithDraft(storedPersona('p4'))
    const i18n = await renderQuestions(live, 'o-four-steps', 'en', platform)
    expect(screen.getByRole('group', { name: 'Keep the offer and its questions' })).toBeTruthy()
    await exportOffer('Export as Markdown')
    await waitFor(() => {
      expect(saveTextFile).toHaveBeenCalledTimes(1)
    })
    const [fileName, text] = saveTextFile.mock.calls[0] ?? ['', '']
    expect(fileName).toBe('tidemark-offer-某大模型创业公司-2026-11-29.md')
    expect(text).toBe(
      offerMarkdown(live, 'o-four-steps', {
        t: i18n.t,
        language: 'en',
        now: NOW,
        appVersion: __APP_VERSION__,
      }),
    )
    expect(text).toContain('## Offer: 某大模型创业公司 · 大模型算法专家\n')
    expect(text).toContain('- Recommendation: **Decline**')
    expect(text).toContain('### Questions to ask')
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe(
        'Saved “tidemark-offer-某大模型创业公司-2026-11-29.md”.',
      )
    })
  })

  it('is there with nothing left to ask, without the questions’ print (P5, zh-CN)', async () => {
    const { platform, saveTextFile } = fakePlatform()
    // P5's offer with its last unknown answered, as a draft typed in the form.
    const stored = storedPersona('p5')
    const offer = assessWithDraft(stored).input.offers[0]
    if (!offer) throw new Error('P5 has an offer')
    const live = assessWithDraft(stored, { offer: { ...offer, employerEager: 'yes' } })
    const [assessed] = live.assessment.offers
    if (!assessed) throw new Error('P5 has an offer')
    await renderQuestions(live, assessed.offerId, 'zh-CN', platform)
    expect(screen.getByText('没有要问的了：清单上每一项都已有答案。')).toBeTruthy()
    const group = screen.getByRole('group', { name: '保存这份 offer 和要问的问题' })
    expect(within(group).queryByRole('button', { name: '打印' })).toBeNull()
    await exportOffer('导出为 Markdown')
    await waitFor(() => {
      expect(saveTextFile).toHaveBeenCalledTimes(1)
    })
    const [fileName, text] = saveTextFile.mock.calls[0] ?? ['', '']
    expect(fileName).toMatch(/^tidemark-offer-某大厂-\d{4}-\d\d-\d\d\.md$/)
    expect(text.startsWith('# 潮位：offer 评估\n')).toBe(true)
    expect(text).toContain('### 要问的问题\n\n没有要问的了：清单上每一项都已有答案。')
  })
})
