import { render } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { TidemarkDatabase } from '../../../../renderer/data/db'
import { saveOffer, type OfferDraft } from '../../../../renderer/data/repositories/offers'
import { saveProfile } from '../../../../renderer/data/repositories/profile'
import { detectPlatform, type Platform } from '../../../../renderer/platform'
import { useAssessment } from '../../../../renderer/ui/hooks/use-assessment'
import { createI18n, type UiLanguage } from '../../../../renderer/ui/i18n/i18n'
import { OfferList } from '../../../../renderer/ui/screens/offers/status/OfferList'
import { ServicesProvider } from '../../../../renderer/ui/services'
import { loadPersona } from '../../../helpers/personas'
import { testServices } from '../../../helpers/test-services'

/** Tuesday 1 December 2026, mid-morning: every test's "now". */
export const NOW = new Date(2026, 11, 1, 10, 0)

const startup: OfferDraft = {
  id: 'offer-moonshot',
  company: 'Moonshot',
  role: 'LLM inference engineer',
  employerKind: 'startup',
  pay: { base: { kind: 'monthly', monthly: { low: 60000, high: 70000 }, months: 15 } },
  status: 'negotiating',
  deadline: '2026-12-03',
}

const bigTech: OfferDraft = {
  id: 'offer-bigtech',
  company: 'BigTech',
  employerKind: 'big-tech-new-llm-team',
  pay: { base: { kind: 'annual', annual: { low: 1_000_000, high: 1_100_000 } } },
  status: 'considering',
  deadline: '2026-11-29',
}

const noDeadline: OfferDraft = {
  id: 'offer-lab',
  company: 'Research Lab',
  employerKind: 'research-institute',
  pay: { base: { kind: 'text', text: '年薪 80 万' } },
}

const declined: OfferDraft = {
  id: 'offer-declined',
  company: 'Declined Co',
  employerKind: 'startup',
  pay: { base: { kind: 'annual', annual: { low: 500_000, high: 600_000 } } },
  status: 'declined',
  deadline: '2026-11-20',
}

export const OFFERS = { startup, bigTech, noDeadline, declined }

/** A fresh database with P1's profile (unless left out) and the given offers, saved a week ago. */
export async function seed({
  withProfile = true,
  offers = Object.values(OFFERS),
}: { withProfile?: boolean; offers?: OfferDraft[] } = {}): Promise<TidemarkDatabase> {
  const db = new TidemarkDatabase(`offer-status-${crypto.randomUUID()}`)
  await db.open()
  const weekAgo = new Date(2026, 10, 24, 9)
  if (withProfile) await saveProfile(db, loadPersona('p1').profile, weekAgo)
  for (const offer of offers) await saveOffer(db, offer, weekAgo)
  return db
}

function LiveOfferList() {
  return <OfferList live={useAssessment()} />
}

/** The list as the offers screen shows it: on the live assessment of what is stored. */
export async function renderList(
  db: TidemarkDatabase,
  language: UiLanguage = 'en',
  platform: Platform = detectPlatform({}),
) {
  const i18n = await createI18n(language)
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={testServices(db, platform, [language])}>
        <LiveOfferList />
      </ServicesProvider>
    </I18nextProvider>,
  )
}
