// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import type { Platform } from '../../../../renderer/platform'
import { assessWithDraft, type LiveAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { offerMarkdown } from '../../../../renderer/ui/report/offer-report-markdown'
import { OfferActions } from '../../../../renderer/ui/screens/offers/verdict/OfferActions'
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
        <QuestionsToAsk offer={offer} ruleset={live.ruleset} />
        <OfferActions offer={offer} live={live} />
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
    expect(screen.getByRole('region', { name: 'Keep the offer and its questions' })).toBeTruthy()
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
    const group = screen.getByRole('region', { name: '保存这份 offer 和要问的问题' })
    expect(screen.queryByRole('button', { name: '打印问题' })).toBeNull()
    // The offer's own print is there all the same (new-user trial 17).
    expect(within(group).getByRole('button', { name: '打印这份 offer（PDF）' })).toBeTruthy()
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

/**
 * New-user trial 17: an offer with every question answered had no Print, only the Markdown
 * export; the questions' print was the only one. The offer's report prints whether or not
 * questions remain, from the same model as its Markdown.
 */
describe('the verdict’s print of the offer', () => {
  const answered = () => {
    const stored = storedPersona('p5')
    const offer = assessWithDraft(stored).input.offers[0]
    if (!offer) throw new Error('P5 has an offer')
    return assessWithDraft(stored, { offer: { ...offer, employerEager: 'yes' } })
  }

  for (const [language, button, heading, status] of [
    ['en', 'Print the offer (PDF)', 'Tidemark: an offer weighed', 'Saved “tidemark-offer-'],
    ['zh-CN', '打印这份 offer（PDF）', '潮位：offer 评估', '已保存“tidemark-offer-'],
  ] as const) {
    it(`prints the offer's report with nothing left to ask (P5, ${language})`, async () => {
      const live = answered()
      const [assessed] = live.assessment.offers
      if (!assessed?.ok) throw new Error('P5 has an offer')
      let printed: { title: string; parts: string[] } | null = null
      const printToPdf = vi.fn<Platform['printToPdf']>((name) => {
        const page = document.body.querySelector(':scope > .report-print')
        printed = {
          title: page?.querySelector('h1')?.textContent ?? '',
          parts: [...(page?.querySelectorAll('[data-part]') ?? [])].map(
            (part) => part.getAttribute('data-part') ?? '',
          ),
        }
        return Promise.resolve({ status: 'saved' as const, fileName: name })
      })
      const { platform } = fakePlatform()
      await renderQuestions(live, assessed.offerId, language, { ...platform, printToPdf })
      await exportOffer(button)
      await waitFor(() => {
        expect(printToPdf).toHaveBeenCalledTimes(1)
      })
      expect(printToPdf.mock.calls[0]?.[0]).toMatch(/^tidemark-offer-.+-\d{4}-\d\d-\d\d\.pdf$/)
      expect(printed).toEqual({
        title: heading,
        parts: ['about', 'pay', 'risk', 'downside', 'recommendation', 'questions'],
      })
      await waitFor(() => {
        expect(screen.getByRole('status').textContent).toMatch(new RegExp(`^${status}`))
      })
      // The page is taken off once printed.
      expect(document.body.querySelector(':scope > .report-print')).toBeNull()
    })
  }

  it('says the print dialog was opened in a browser (en)', async () => {
    const live = answered()
    const [assessed] = live.assessment.offers
    if (!assessed) throw new Error('P5 has an offer')
    const printToPdf = vi.fn<Platform['printToPdf']>(() =>
      Promise.resolve({ status: 'print-dialog' as const }),
    )
    const { platform } = fakePlatform()
    await renderQuestions(live, assessed.offerId, 'en', { ...platform, printToPdf })
    await exportOffer('Print the offer (PDF)')
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toBe(
        'The print dialog was opened: print the offer or save it as a PDF there.',
      )
    })
  })
})
