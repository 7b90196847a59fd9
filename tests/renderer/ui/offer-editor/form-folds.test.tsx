// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer, type OfferDraft } from '../../../../renderer/data/repositories/offers'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

afterEach(cleanup)

function Harness({ offerId }: { offerId: string }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const assessmentDraft = useMemo(() => ({ offer: draft }), [draft])
  const live = useAssessment(assessmentDraft)
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

const STORED: OfferDraft = {
  company: 'Startup',
  role: 'LLM engineer',
  employerKind: 'startup',
  funding: 'funded',
  pay: { base: { kind: 'text', text: '年薪 135 万' } },
  checklist: { 'model-product': 'no', deployment: 'yes' },
  redFlags: ['leaderboard-chasing'],
  roleDomains: ['nlp'],
}

const WORDS: Record<
  UiLanguage,
  { answers: string; flags: string; flagsAfter: string; domains: string; paste: string }
> = {
  en: {
    answers: 'Your answers: 1 yes, 1 no, 3 not known yet',
    flags: 'Ticked: Chasing leaderboards',
    flagsAfter: 'Ticked: Chasing leaderboards; PR and paid marketing over product',
    domains: 'Ticked: NLP algorithms',
    paste: 'Paste the pay as the recruiter wrote it',
  },
  'zh-CN': {
    answers: '你的回答：1 个“是”、1 个“否”、3 个“还不清楚”',
    flags: '已勾选：打榜、卷排名',
    flagsAfter: '已勾选：打榜、卷排名；发公关稿、买营销',
    domains: '已勾选：NLP 算法',
    paste: '按猎头的写法粘贴薪资',
  },
}

/**
 * Trial 20 #10: Save was 56 Tab stops from Company and the paste line stop 21. The paste line
 * now follows Company and Role, and the checklist, the red flags and the role's skills are
 * folded, each under a line saying what it holds; their inputs are still the form's.
 */
describe.each<UiLanguage>(['en', 'zh-CN'])('the offer form’s folds (%s)', (language) => {
  it('puts the paste line after Company and Role, and folds the long groups under their state', async () => {
    const words = WORDS[language]
    const db = new TidemarkDatabase(`offer-folds-${crypto.randomUUID()}`)
    await db.open()
    const stored = await saveOffer(db, STORED)
    const i18n = await createI18n(language)
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
          <Harness offerId={stored.id} />
        </ServicesProvider>
      </I18nextProvider>,
    )
    const form = await screen.findByRole('form')

    // In the document's (and so Tab's) order: company, role, then the paste line.
    const fields = [...form.querySelectorAll<HTMLElement>('input, select, textarea, summary')]
    const at = (selector: string) => fields.findIndex((field) => field.matches(selector))
    expect(at('[name="company"]')).toBe(0)
    expect(at('[name="role"]')).toBe(1)
    expect(at('[name="payPaste"]')).toBe(2)
    expect(screen.getByLabelText(words.paste)).toBe(fields[2])

    // Each fold is closed, says what it holds, and holds the stored answers.
    const fold = (summary: string) => {
      const line = screen.getByText(summary, { selector: 'summary' })
      const details = line.closest('details')
      if (!details) throw new Error(`no fold for ${summary}`)
      return details
    }
    for (const summary of [words.answers, words.flags, words.domains]) {
      expect(fold(summary).open).toBe(false)
    }
    const flags = fold(words.flags)
    expect(flags.querySelector<HTMLInputElement>('[value="leaderboard-chasing"]')?.checked).toBe(
      true,
    )
    expect(
      fold(words.answers).querySelector<HTMLInputElement>(
        '[name="checklist.model-product"][value="no"]',
      )?.checked,
    ).toBe(true)
    expect(fold(words.domains).querySelector<HTMLInputElement>('[value="nlp"]')?.checked).toBe(true)

    // A box ticked inside changes the line.
    const pr = flags.querySelector<HTMLInputElement>('[value="pr-over-product"]')
    if (!pr) throw new Error('no PR flag')
    await act(async () => {
      fireEvent.click(pr)
      await Promise.resolve()
    })
    expect(screen.getByText(words.flagsAfter, { selector: 'summary' })).toBeTruthy()
  })
})
