// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import { useMemo, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer } from '../../../../renderer/data/repositories/offers'
import type { Offer } from '../../../../renderer/domain/model/offer'
import { detectPlatform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../../../renderer/ui/screens/offers/editor/OfferEditor'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { testServices } from '../../../helpers/test-services'

/**
 * Trial 19: a saved offer's page ("Offer：字节跳动 Seed") said what the new offer's says, that
 * the offer is stored only on Save and Cancel discards the draft, as if Cancel dropped the
 * offer. A saved offer's intro says Save stores the changes and Cancel drops them, not the offer.
 */
vi.setConfig({ testTimeout: 30_000 })
afterEach(() => {
  cleanup()
  window.location.hash = ''
})

function OfferHarness({ offerId }: { offerId: string }) {
  const [draft, setDraft] = useState<Offer | undefined>()
  const live = useAssessment(useMemo(() => ({ offer: draft }), [draft]))
  return <OfferEditor offerId={offerId} live={live} onDraftChange={setDraft} />
}

const WORDS = {
  en: {
    saved:
      'Change what the offer says. The verdict follows as you type; your changes are saved when you press Save, or Ctrl+Enter / ⌘+Enter in any field. Until then they are kept as a draft on this machine, also when you go to another screen; Cancel discards the changes and leaves the saved offer as it was.',
    newOffer: 'the offer is saved when you press Save',
  },
  'zh-CN': {
    saved:
      '按 offer 上写的修改。结论随你的输入更新；点“保存”（或在任一字段按 Ctrl+Enter / ⌘+Enter）后修改才存入。在此之前，修改作为草稿留在本机，切换到其他页面也还在；点“取消”则丢弃这些修改，已保存的 offer 保持原样。',
    newOffer: '后才存为 offer',
  },
} as const satisfies Record<UiLanguage, unknown>

describe("a saved offer's intro speaks of changes, not of a draft offer", () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(language, async () => {
      const db = new TidemarkDatabase(`intro-saved-${crypto.randomUUID()}`)
      await db.open()
      const stored = await saveOffer(db, {
        company: '字节跳动 Seed',
        role: '',
        employerKind: 'big-tech-new-llm-team',
        funding: 'funded',
        pay: { base: { kind: 'monthly', monthly: { low: 40_000, high: 40_000 }, months: 14 } },
        notes: '',
      })
      const i18n = await createI18n(language)
      render(
        <I18nextProvider i18n={i18n}>
          <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
            <OfferHarness offerId={stored.id} />
          </ServicesProvider>
        </I18nextProvider>,
      )
      expect(await screen.findByText(WORDS[language].saved)).toBeTruthy()
      expect(document.body.textContent).not.toContain(WORDS[language].newOffer)
    })
  }
})
