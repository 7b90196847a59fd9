import { act, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { TidemarkDatabase } from '../../renderer/data/db'
import type { Offer } from '../../renderer/domain/model/offer'
import { detectPlatform } from '../../renderer/platform'
import { useAssessment } from '../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../renderer/ui/i18n/i18n'
import { OfferEditor } from '../../renderer/ui/screens/offers/editor/OfferEditor'
import { ProfilePanel } from '../../renderer/ui/screens/skills/profile/ProfilePanel'
import { ServicesProvider } from '../../renderer/ui/services'
import { testServices } from './test-services'

function OfferHarness({ onDraftChange }: { onDraftChange: (offer: Offer | undefined) => void }) {
  const live = useAssessment({ offer: undefined as Offer | undefined })
  return <OfferEditor offerId={null} live={live} onDraftChange={onDraftChange} />
}

const ignoreDraft = (): void => undefined

/**
 * One of the two forms that read pay, alone on a fresh database: a new offer's form (beside a
 * live assessment, as the Offers screen has it) or the profile's. `onOfferDraft` hears what the
 * offer form hands the verdict beside it.
 */
export async function renderPayForm(
  language: UiLanguage,
  what: 'offer' | 'profile',
  onOfferDraft: (offer: Offer | undefined) => void = ignoreDraft,
): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`pay-form-${crypto.randomUUID()}`)
  await db.open()
  const i18n = await createI18n(language)
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, detectPlatform({}), [language])}>
        {what === 'offer' ? (
          <OfferHarness onDraftChange={onOfferDraft} />
        ) : (
          <ProfilePanel onDraftChange={ignoreDraft} />
        )}
      </ServicesProvider>
    </I18nextProvider>,
  )
  if (what === 'profile') {
    // A new profile starts with no employer and no role chosen, and Save asks for them: chosen
    // here, as these tests are about the pay.
    const employer = await screen.findByLabelText(language === 'en' ? 'Where you work' : '所在单位')
    const role = screen.getByLabelText(language === 'en' ? 'Your role' : '岗位')
    await act(async () => {
      fireEvent.change(employer, { target: { value: 'big-tech' } })
      fireEvent.change(role, { target: { value: 'other' } })
      await Promise.resolve()
    })
  }
  return db
}
