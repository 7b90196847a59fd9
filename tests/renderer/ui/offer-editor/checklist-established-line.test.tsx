// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useCallback, useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

function Harness({ offerId, onDraft }: { offerId: string; onDraft: (offer?: Offer) => void }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const assessmentDraft = useMemo(() => ({ offer: draft }), [draft])
  const live = useAssessment(assessmentDraft)
  const onDraftChange = useCallback(
    (offer: Offer | undefined) => {
      onDraft(offer)
      setDraft(offer)
    },
    [onDraft],
  )
  return <OfferEditor offerId={offerId} live={live} onDraftChange={onDraftChange} />
}

const STARTUP: OfferDraft = {
  company: 'Startup',
  role: 'LLM engineer',
  employerKind: 'startup',
  funding: 'funded',
  pay: { base: { kind: 'text', text: '年薪 135 万' } },
  checklist: { 'model-product': 'no', deployment: 'yes' },
}

const WORDS: Record<UiLanguage, { kind: string; question: string; no: string; why: RegExp }> = {
  en: {
    kind: 'Employer and team',
    question: 'Has a model product',
    no: 'No',
    why: /these questions weigh a new LLM business, not an established line/,
  },
  'zh-CN': {
    kind: '公司与团队类型',
    question: '有模型产品',
    no: '否',
    why: /它们衡量的是新的大模型业务，而不是成熟业务线/,
  },
}

/** bb22b8c: the L35 checklist weighs a new LLM business; an established line is not asked it. */
describe.each<UiLanguage>(['en', 'zh-CN'])(
  'the checklist for an established line (%s)',
  (language) => {
    it('is not asked, says why, and keeps the answers for a switch back', async () => {
      const words = WORDS[language]
      const db = new TidemarkDatabase(`offer-checklist-${crypto.randomUUID()}`)
      await db.open()
      const stored = await saveOffer(db, STARTUP)
      const i18n = await createI18n(language)
      const onDraft = vi.fn<(offer?: Offer) => void>()
      render(
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
            <Harness offerId={stored.id} onDraft={onDraft} />
          </ServicesProvider>
        </I18nextProvider>,
      )
      await screen.findByRole('form')
      expect(screen.getByRole('group', { name: words.question })).toBeTruthy()
      expect(screen.queryByText(words.why)).toBeNull()

      const kind = async (value: string) => {
        await act(async () => {
          fireEvent.change(screen.getByLabelText(words.kind), { target: { value } })
          await Promise.resolve()
        })
      }
      await kind('big-tech-established-line')
      expect(screen.queryByRole('group', { name: words.question })).toBeNull()
      expect(screen.getByText(words.why)).toBeTruthy()
      await waitFor(() => {
        expect(onDraft).toHaveBeenLastCalledWith(
          expect.objectContaining({
            employerKind: 'big-tech-established-line',
            checklist: expect.objectContaining({
              'model-product': 'no',
              deployment: 'yes',
            }) as unknown,
          }),
        )
      })

      await kind('startup')
      const question = screen.getByRole('group', { name: words.question })
      const no = question.querySelector<HTMLInputElement>('input[value="no"]')
      expect(no?.checked).toBe(true)
      expect(screen.queryByText(words.why)).toBeNull()
    })
  },
)
